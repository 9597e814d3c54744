package io.github.ghidanh.examples.host;

import io.github.ghidanh.core.criteria.CriteriaProfile;
import io.github.ghidanh.core.criteria.Decision;
import io.github.ghidanh.core.criteria.Reason;
import io.github.ghidanh.core.model.Nominee;
import io.github.ghidanh.interchange.ImportProblem;
import io.github.ghidanh.interchange.Interchange;
import io.github.ghidanh.interchange.run.CampaignRun;
import io.github.ghidanh.core.view.DocumentKind;
import io.github.ghidanh.report.DocumentFiles;
import io.github.ghidanh.report.Format;
import io.github.ghidanh.report.RenderOptions;
import io.github.ghidanh.report.Reports;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The "other system" end to end: start the party-member registry (H2, in memory), read it over
 * JDBC, build the nominees, evaluate them against the criteria, run the workflow, and render the
 * first cell's documents (report, proposal list, honour roll) and the ward's summary as PDF.
 *
 * <p>Run: {@code java -cp ghidanh-cli/target/ghidanh.jar io.github.ghidanh.examples.host.RegistryHostExample [OUT_DIR]}
 */
public final class RegistryHostExample {
    /** The committee of the registry's sample rows. */
    public static final String COMMITTEE = "DU-BC";
    /** The cell whose documents are rendered. */
    public static final String CELL = "CB-TDP5";

    private RegistryHostExample() {
    }

    /** What the example produced. */
    public record Result(Interchange input, CampaignRun run, List<Path> files) {
    }

    public static Result run(Path outDir, Locale locale, PrintWriter out) throws Exception {
        Interchange in;
        try (PartyMemberRegistry registry = PartyMemberRegistry.startWithSampleData()) {
            in = RegistryHost.load(registry.connection(), COMMITTEE);
        }
        CriteriaProfile profile = CriteriaProfile.defaultProfile();
        CampaignRun run = CampaignRun.of(in, profile);
        for (Nominee n : in.nominees()) {
            Decision d = run.decisions().get(n.id());
            out.println(n.cellId() + " " + n.id() + " " + n.name() + ": " + (d.eligible() ? "OK" : "—"));
            for (Reason r : d.reasons()) {
                out.println("    [" + r.clauseId() + "] " + r.message(locale));
            }
        }
        for (ImportProblem p : run.problems()) {
            out.println(p.format(locale));
        }
        Reports reports = Reports.create();
        List<Path> files = new ArrayList<>();
        for (DocumentKind kind : List.of(DocumentKind.CELL_REPORT, DocumentKind.PROPOSAL_LIST, DocumentKind.HONOUR_ROLL)) {
            Path target = outDir.resolve(DocumentFiles.flatFileName(kind, CELL, Format.PDF));
            reports.render(kind.view(run.state(), CELL, profile, null), RenderOptions.builder(Format.PDF).locale(locale).build(), target);
            files.add(target);
        }
        Path summary = outDir.resolve(DocumentFiles.flatFileName(DocumentKind.WARD_SUMMARY, COMMITTEE, Format.PDF));
        reports.render(DocumentKind.WARD_SUMMARY.view(run.state(), COMMITTEE, profile, null),
                RenderOptions.builder(Format.PDF).locale(locale).build(), summary);
        files.add(summary);
        files.forEach(f -> out.println(f));
        return new Result(in, run, files);
    }

    public static void main(String[] args) throws Exception {
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        run(Path.of(args.length > 0 ? args[0] : "out/host-example"), Locale.forLanguageTag("vi"), out);
    }
}
