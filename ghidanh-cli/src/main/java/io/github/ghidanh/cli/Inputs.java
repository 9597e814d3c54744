package io.github.ghidanh.cli;

import io.github.ghidanh.core.GhidanhException;
import io.github.ghidanh.core.criteria.CriteriaProfile;
import io.github.ghidanh.interchange.ImportProblem;
import io.github.ghidanh.interchange.InterchangeException;
import io.github.ghidanh.interchange.JsonInterchange;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** Reading the CLI's inputs, turning every failure into a {@link CliFailure}. */
final class Inputs {
    private Inputs() {
    }

    /**
     * Reads an interchange file. Problems in records are printed (and the records left out) unless
     * {@code strict}, in which case any problem makes the input unusable (exit 2).
     */
    static JsonInterchange.ReadResult json(Path file, Locale locale, PrintWriter err, boolean strict) {
        JsonInterchange.ReadResult r;
        try {
            r = JsonInterchange.read(file);
        } catch (InterchangeException e) {
            for (ImportProblem p : e.problems()) {
                err.println(p.format(locale));
            }
            throw e.problems().isEmpty() ? new CliFailure(Exit.UNUSABLE, e.messageVi(), e.messageEn())
                    : CliFailure.of(Exit.UNUSABLE, "cli.unusable", file);
        }
        if (strict && r.hasProblems()) {
            for (ImportProblem p : r.problems()) {
                err.println(p.format(locale));
            }
            throw CliFailure.of(Exit.UNUSABLE, "cli.inputProblems", file, r.problems().size());
        }
        return r;
    }

    /** The criteria profile: the file given, else the built-in profile of the letter. */
    static CriteriaProfile profile(Path file, String campaignProfileId) {
        if (file != null) {
            if (!Files.isReadable(file)) {
                throw CliFailure.of(Exit.UNUSABLE, "cli.notFound", file);
            }
            try {
                return CriteriaProfile.fromJson(file);
            } catch (GhidanhException e) {
                throw new CliFailure(Exit.UNUSABLE, e.messageVi(), e.messageEn());
            }
        }
        if (campaignProfileId != null && !campaignProfileId.equals(CriteriaProfile.DEFAULT_ID)) {
            throw CliFailure.of(Exit.UNUSABLE, "cli.unknownProfile", campaignProfileId, CriteriaProfile.DEFAULT_ID);
        }
        return CriteriaProfile.defaultProfile();
    }
}
