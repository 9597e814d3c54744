package io.github.ghidanh.cli;

import io.github.ghidanh.core.criteria.CriteriaProfile;
import io.github.ghidanh.core.model.Organisation;
import io.github.ghidanh.core.view.DocumentView;
import io.github.ghidanh.interchange.ImportProblem;
import io.github.ghidanh.interchange.JsonInterchange;
import io.github.ghidanh.cli.internal.Messages;
import io.github.ghidanh.interchange.run.CampaignRun;
import io.github.ghidanh.core.view.DocumentKind;
import io.github.ghidanh.report.Format;
import io.github.ghidanh.report.RenderOptions;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code ghidanh render}: one document of one organisation in one format. */
@Command(name = "render", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Renders one document of an interchange file: the workflow of the file (submissions, reviews) is "
                + "run first, then the document is written atomically to --out.",
                "Documents: letter, cell-report, proposal-list, honour-roll, ward-summary, certificates. "
                + "XLSX exists for the tables (cell-report, proposal-list, honour-roll, ward-summary).",
                "Exit codes: 0 written, 2 input unreadable or document not available (nothing is written)."})
final class RenderCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @ParentCommand
    GhidanhCli parent;

    @Option(names = {"-i", "--input"}, required = true, paramLabel = "FILE", description = "The interchange file (.json).")
    Path input;

    @Option(names = {"-d", "--document"}, required = true, paramLabel = "KIND",
            description = "letter | cell-report | proposal-list | honour-roll | ward-summary | certificates")
    String document;

    @Option(names = {"-f", "--format"}, required = true, paramLabel = "pdf|docx|xlsx", description = "Output format.")
    String format;

    @Option(names = "--org", paramLabel = "ID",
            description = "The organisation whose document it is; default: the campaign's issuer, or the first cell for "
                    + "cell-report and proposal-list.")
    String org;

    @Option(names = "--archival", description = "PDF/A-1a (archival PDF).")
    boolean archival;

    @Option(names = "--profile", paramLabel = "FILE", description = "A criteria profile (JSON) instead of the built-in one.")
    Path profile;

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "PATH", description = "The file to write.")
    Path out;

    @Mixin
    LangOption lang;

    @Mixin
    DateOption documentDate;

    @Override
    public Integer call() {
        Locale locale = lang.locale();
        LocalDate date = documentDate.date();
        PrintWriter o = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        DocumentKind kind = DocumentKind.byId(document)
                .orElseThrow(() -> CliFailure.of(Exit.UNUSABLE, "cli.unknownDocument", document, DocumentKind.ids()));
        Format f = format(format);
        if (f == Format.XLSX && !kind.tabular()) {
            throw CliFailure.of(Exit.UNUSABLE, "cli.noXlsx", kind.id());
        }
        if (archival && f != Format.PDF) {
            throw CliFailure.of(Exit.UNUSABLE, "cli.archivalPdfOnly");
        }
        // documents are official: a file with any problem is refused rather than rendered without the bad records
        JsonInterchange.ReadResult r = Inputs.json(input, locale, err, true);
        CriteriaProfile prof = Inputs.profile(profile, r.content().campaign().criteriaProfileId());
        CampaignRun run = CampaignRun.of(r.content(), prof);
        for (ImportProblem p : run.problems()) {
            err.println(p.format(locale));
        }
        String orgId = org != null ? org : kind.defaultOrganisation(run.state());
        Organisation o1 = run.state().tree().find(orgId)
                .orElseThrow(() -> CliFailure.of(Exit.UNUSABLE, "cli.unknownOrganisation", orgId));
        if (!kind.issuedBy(run.state(), o1)) {
            throw CliFailure.of(Exit.UNUSABLE, "cli.notApplicable", kind.id(), o1.name());
        }
        DocumentView view = kind.view(run.state(), orgId, prof, date);
        parent.reports().render(view, RenderOptions.builder(f).locale(locale).archival(archival).build(), out);
        o.println(Messages.format(locale, "cli.rendered", out, Messages.format(locale, "doc." + kind.id()), o1.name()));
        return Exit.OK;
    }

    static Format format(String s) {
        for (Format f : Format.values()) {
            if (f.extension().equalsIgnoreCase(s) || f.name().equalsIgnoreCase(s)) {
                return f;
            }
        }
        throw CliFailure.of(Exit.UNUSABLE, "cli.unknownFormat", s);
    }
}
