package io.github.ghidanh.examples.cli;

import io.github.ghidanh.core.criteria.CriteriaProfile;
import io.github.ghidanh.core.criteria.Decision;
import io.github.ghidanh.core.criteria.Reason;
import io.github.ghidanh.core.model.Nominee;
import io.github.ghidanh.examples.interchange.ImportProblem;
import io.github.ghidanh.examples.interchange.Interchange;
import io.github.ghidanh.examples.interchange.JsonInterchange;
import io.github.ghidanh.examples.internal.Messages;
import io.github.ghidanh.examples.pipeline.Evaluation;
import java.io.PrintWriter;
import java.nio.file.Path;
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
                + "and every nominee that does not meet the criteria, with its record path and the clause (CV-…) of the letter.",
                "Exit codes: 0 valid, 1 violations found (each printed), 2 input unreadable."})
final class ValidateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = {"-i", "--input"}, required = true, paramLabel = "FILE", description = "The interchange file (.json).")
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
        JsonInterchange.ReadResult r = Inputs.json(input, locale, err, false);
        String file = input.getFileName().toString();
        for (ImportProblem p : r.problems()) {
            out.println(p.format(locale));
        }
        Interchange in = r.content();
        CriteriaProfile prof = Inputs.profile(profile, in.campaign().criteriaProfileId());
        Map<String, Decision> decisions = Evaluation.evaluate(in, prof);
        int ineligible = 0;
        int reasons = 0;
        for (Nominee n : in.nominees()) {
            Decision d = decisions.get(n.id());
            if (d.eligible()) {
                continue;
            }
            ineligible++;
            for (Reason reason : d.reasons()) {
                reasons++;
                out.println(file + ": nominees[" + r.indexOf(n.id()) + "] (" + n.id() + ", " + n.name() + "): ["
                        + reason.clauseId() + "] " + reason.message(locale));
            }
        }
        int total = r.problems().size() + reasons;
        out.println(Messages.format(locale, "cli.validateSummary", file, in.nominees().size(),
                in.nominees().size() - ineligible, ineligible, r.problems().size(), prof.id()));
        return total == 0 ? Exit.OK : Exit.VIOLATIONS;
    }
}
