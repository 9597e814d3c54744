package io.github.ghidanh.batch;

import io.github.ghidanh.core.GhidanhException;
import io.github.ghidanh.core.criteria.CriteriaProfile;
import io.github.ghidanh.interchange.InterchangeException;
import io.github.ghidanh.interchange.JsonInterchange;
import io.github.ghidanh.interchange.run.CampaignRun;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads an interchange file once per process and runs it through the workflow ({@link CampaignRun}):
 * every partition of a job shares one run. The file's SHA-256 is part of the job's identity; a
 * partition that finds a file whose digest is not the one the job started with fails rather than
 * mixing documents of two versions of the campaign in one folder.
 */
final class CampaignLoader {
    /** A campaign ready to render: the run, the profile it was evaluated with, the file's digest. */
    record Loaded(CampaignRun run, CriteriaProfile profile, String sha256) {
    }

    /** The input cannot be used; the message is in the job's language. */
    static final class InputException extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient List<String> details;

        InputException(String message, List<String> details) {
            super(message);
            this.details = List.copyOf(details);
        }

        /** One line per problem of the file (in the job's language), empty when the file as a whole is unusable. */
        List<String> details() {
            return details;
        }
    }

    private final Path profileFile;
    private final Map<String, Loaded> cache = new ConcurrentHashMap<>();

    /** @param profileFile a criteria profile (JSON) instead of the built-in one, or null */
    CampaignLoader(Path profileFile) {
        this.profileFile = profileFile;
    }

    /** The SHA-256 of a file, in lower-case hex. */
    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /**
     * The campaign of {@code input}, read and evaluated on the first call for that file and digest, then
     * shared. A file with any problem in a record is refused (documents are official: they are not
     * rendered without the bad records).
     *
     * @param expectedSha256 the digest the job started with, or null to take the file as it is
     * @throws InputException the file cannot be read, has problems, or is not the one the job started with
     */
    Loaded load(Path input, String expectedSha256, Locale locale) {
        if (expectedSha256 != null) {
            Loaded hit = cache.get(key(input, expectedSha256));
            if (hit != null) {
                return hit;
            }
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(input);
        } catch (IOException e) {
            throw new InputException(Messages.format(locale, "batch.input.unreadable", input, e.getMessage()), List.of());
        }
        String sha = sha256(bytes);
        if (expectedSha256 != null && !expectedSha256.equals(sha)) {
            throw new InputException(Messages.format(locale, "batch.input.changed", input), List.of());
        }
        // two partitions asking at once may both read the file; both get an equal run and one is kept
        return cache.computeIfAbsent(key(input, sha), k -> read(input, bytes, sha, locale));
    }

    private Loaded read(Path input, byte[] bytes, String sha, Locale locale) {
        JsonInterchange.ReadResult r;
        try {
            r = JsonInterchange.read(bytes, input.getFileName().toString());
        } catch (InterchangeException e) {
            throw new InputException(Messages.format(locale, "batch.input.unusable", input,
                    locale.getLanguage().equals("en") ? e.messageEn() : e.messageVi()),
                    e.problems().stream().map(p -> p.format(locale)).toList());
        }
        if (r.hasProblems()) {
            throw new InputException(Messages.format(locale, "batch.input.problems", input, r.problems().size()),
                    r.problems().stream().map(p -> p.format(locale)).toList());
        }
        CriteriaProfile profile = profile(r.content().campaign().criteriaProfileId(), locale);
        // steps the workflow refuses (run.problems()) are reported by the caller and the run goes on, as in the command line
        return new Loaded(CampaignRun.of(r.content(), profile), profile, sha);
    }

    private CriteriaProfile profile(String campaignProfileId, Locale locale) {
        if (profileFile != null) {
            try {
                return CriteriaProfile.fromJson(profileFile);
            } catch (GhidanhException e) {
                throw new InputException(Messages.format(locale, "batch.profile.unusable", profileFile,
                        locale.getLanguage().equals("en") ? e.messageEn() : e.messageVi()), List.of());
            } catch (UncheckedIOException e) {
                throw new InputException(Messages.format(locale, "batch.profile.unusable", profileFile, e.getMessage()),
                        List.of());
            }
        }
        if (campaignProfileId != null && !campaignProfileId.equals(CriteriaProfile.DEFAULT_ID)) {
            throw new InputException(Messages.format(locale, "batch.profile.unknown", campaignProfileId,
                    CriteriaProfile.DEFAULT_ID), List.of());
        }
        return CriteriaProfile.defaultProfile();
    }

    private static String key(Path input, String sha) {
        return input.toAbsolutePath().normalize() + "\n" + sha;
    }
}
