package io.github.ghidanh.cli;

import io.github.ghidanh.core.criteria.CriteriaProfile;
import io.github.ghidanh.core.model.Nominee;
import io.github.ghidanh.core.validation.NomineeValidator;
import io.github.ghidanh.core.validation.Stage;
import io.github.ghidanh.core.validation.Violation;
import io.github.ghidanh.interchange.ImportProblem;
import io.github.ghidanh.interchange.Interchange;
import io.github.ghidanh.interchange.InterchangeException;
import io.github.ghidanh.interchange.JsonInterchange;
import io.github.ghidanh.cli.internal.Messages;
import io.github.ghidanh.interchange.run.NomineeEvaluations;
import io.github.ghidanh.interchange.spreadsheet.NomineeSheetReader;
import io.github.ghidanh.interchange.spreadsheet.SheetImport;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code ghidanh validate --input FILE}: every violation, localised, with its path and clause. */
@Command(name = "validate", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Checks an interchange file (JSON, docs/json-format.md): every value that cannot be read, "
                + "and every violation of the validation rules and the criteria (ghidanh-core's NomineeValidator, stage SUBMISSION), "
                + "with its record path and the clause (CV-…) of the letter.",
                "A spreadsheet (.csv, .xlsx) is checked row by row the same way, as of today (there is no campaign in it).",
                "Exit codes: 0 valid, 1 violations found (each printed), 2 input unreadable."})
final class ValidateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = {"-i", "--input"}, required = true, paramLabel = "FILE",
            description = "The interchange file (.json), or a nominee spreadsheet (.csv, .xlsx).")
    Path input;

    @Option(names = "--profile", paramLabel = "FILE",
            description = "A criteria profile (JSON) to use instead of the built-in profile of the letter.")
    Path profile;

    @Mixin
    LangOption lang;

    @Override
    public Integer call() {
        Locale locale = lang.locale();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String lower = input.getFileName().toString().toLowerCase(Locale.ROOT);
        if (lower.endsWith(".csv") || lower.endsWith(".xlsx") || lower.endsWith(".tsv")) {
            return validateSheet(locale, out);
        }
        JsonInterchange.ReadResult r = Inputs.json(input, locale, err, false);
        String file = input.getFileName().toString();
        for (ImportProblem p : r.problems()) {
            out.println(p.format(locale));
        }
        Interchange in = r.content();
        CriteriaProfile prof = Inputs.profile(profile, in.campaign().criteriaProfileId());
        // Bean Validation (Hibernate Validator) is bootstrapped here only: the other commands never need it
        NomineeValidator base = NomineeValidator.create().withProfile(prof);
        Map<LocalDate, NomineeValidator> byDate = new HashMap<>();
        int ineligible = 0;
        int reasons = 0;
        for (Nominee n : in.nominees()) {
            LocalDate on = NomineeEvaluations.evaluationDate(in, n.cellId());
            NomineeValidator v = byDate.computeIfAbsent(on, base::asOf);
            List<Violation> violations = v.validate(n, Stage.SUBMISSION, locale);
            if (violations.isEmpty()) {
                continue;
            }
            ineligible++;
            for (Violation violation : violations) {
                reasons++;
                String path = "nominees[" + r.indexOf(n.id()) + "]" + (violation.path() == null || violation.path().isEmpty()
                        ? "" : "." + violation.path());
                out.println(file + ": " + path + " (" + n.id() + ", " + n.name() + "): "
                        + (violation.clauseId() == null ? "" : "[" + violation.clauseId() + "] ") + violation.message());
            }
        }
        int total = r.problems().size() + reasons;
        out.println(Messages.format(locale, "cli.validateSummary", file, in.nominees().size(),
                in.nominees().size() - ineligible, ineligible, r.problems().size(), prof.id()));
        return total == 0 ? Exit.OK : Exit.VIOLATIONS;
    }

    /** A spreadsheet: every row problem, then the validator's violations of each good row. */
    private int validateSheet(Locale locale, PrintWriter out) {
        SheetImport sheet;
        try {
            // rows are put in a placeholder cell: a spreadsheet carries no organisation tree
            sheet = NomineeSheetReader.of("chi-bo", null).read(input);
        } catch (InterchangeException e) {
            throw new CliFailure(Exit.UNUSABLE, e.messageVi(), e.messageEn());
        }
        for (ImportProblem w : sheet.warnings()) {
            out.println(w.format(locale));
        }
        for (ImportProblem p : sheet.problems()) {
            out.println(p.format(locale));
        }
        NomineeValidator validator = NomineeValidator.create().withProfile(Inputs.profile(profile, null));
        int violations = 0;
        for (SheetImport.Accepted a : sheet.accepted()) {
            for (Violation v : validator.validate(a.nominee(), Stage.SUBMISSION, locale)) {
                violations++;
                String where = Messages.format(locale, "cli.sheetRow", sheet.file(), a.row(), a.nominee().name());
                out.println(where + (v.path() == null || v.path().isEmpty() ? "" : " " + v.path()) + ": "
                        + (v.clauseId() == null ? "" : "[" + v.clauseId() + "] ") + v.message());
            }
        }
        out.println(sheet.summary(locale) + Messages.format(locale, "cli.sheetViolations", violations));
        return sheet.rejected().isEmpty() && violations == 0 ? Exit.OK : Exit.VIOLATIONS;
    }
}
