package io.github.ghidanh.cli;

import io.github.ghidanh.core.criteria.CriteriaProfile;
import io.github.ghidanh.core.model.Organisation;
import io.github.ghidanh.core.view.SubmissionStatus;
import io.github.ghidanh.core.workflow.CampaignState;
import io.github.ghidanh.interchange.ImportProblem;
import io.github.ghidanh.interchange.Interchange;
import io.github.ghidanh.interchange.JsonInterchange;
import io.github.ghidanh.cli.internal.Messages;
import io.github.ghidanh.interchange.run.CampaignRun;
import io.github.ghidanh.core.view.DocumentKind;
import io.github.ghidanh.cli.documents.DocumentSet;
import io.github.ghidanh.report.Reports;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * The demo: the bundled sample campaign (Duyên Hải ward, first half of 2022) through the whole
 * workflow, every document in every format that applies written into an output folder, and the
 * input itself written there as an interchange file to copy.
 */
public final class Demo {
    /** The interchange file the demo writes beside the documents. */
    public static final String INPUT_FILE = "duyen-hai-2022.json";
    private static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("dd/MM/uuuu");

    private Demo() {
    }

    /** The result: what was written and the run's counts. */
    public record Result(Path input, List<DocumentSet.Job> documents, CampaignRun.Totals totals) {
    }

    public static Result run(Path outDir, Locale locale, int threads, PrintWriter out) throws IOException, InterruptedException {
        Interchange in = SampleData.duyenHai2022();
        Path json = outDir.resolve(INPUT_FILE);
        JsonInterchange.write(in, json);

        CriteriaProfile profile = CriteriaProfile.defaultProfile();
        CampaignRun run = CampaignRun.of(in, profile);
        for (ImportProblem p : run.problems()) {
            out.println(p.format(locale));
        }
        CampaignState st = run.state();
        Organisation issuer = st.tree().get(st.campaign().issuerId());
        out.println(Messages.format(locale, "demo.campaign", issuer.name(),
                vi(locale) ? st.campaign().period().labelVi() : st.campaign().period().labelEn()));

        List<DocumentSet.Job> jobs = DocumentSet.jobs(run, outDir);
        DocumentSet.render(run, profile, jobs, Reports.create(), locale, false, threads, w -> { });

        out.println(Messages.format(locale, "demo.wroteInput", rel(outDir, json)));
        String lastOrg = null;
        for (int i = 0; i < jobs.size(); i++) {
            DocumentSet.Job j = jobs.get(i);
            if (!j.orgId().equals(lastOrg)) {
                out.println("  " + st.tree().get(j.orgId()).name() + ":");
                lastOrg = j.orgId();
            }
            if (i > 0 && jobs.get(i - 1).kind() == j.kind() && jobs.get(i - 1).orgId().equals(j.orgId())) {
                continue; // listed with the first format
            }
            StringBuilder line = new StringBuilder("    ").append(rel(outDir, j.target()));
            for (int k = i + 1; k < jobs.size() && jobs.get(k).kind() == j.kind() && jobs.get(k).orgId().equals(j.orgId()); k++) {
                line.append(", .").append(jobs.get(k).format().extension());
            }
            out.println(line.append("  (").append(label(j.kind(), locale)).append(')'));
        }
        CampaignRun.Totals t = run.totals();
        out.println(Messages.format(locale, "demo.totals", t.nominees(), t.eligible(), t.recorded(), t.proposed(),
                t.accepted(), t.returned()));
        for (Organisation cell : st.tree().children(issuer.id())) {
            SubmissionStatus s = SubmissionStatus.of(st, cell.id());
            if (s == SubmissionStatus.LATE) {
                out.println(Messages.format(locale, "demo.late", cell.name(),
                        DMY.format(st.submission(cell.id()).orElseThrow().submittedOn())));
            } else if (s == SubmissionStatus.MISSING) {
                out.println(Messages.format(locale, "demo.missing", cell.name()));
            }
        }
        out.println(Messages.format(locale, "demo.done", jobs.size(), outDir.toAbsolutePath().normalize()));
        return new Result(json, jobs, t);
    }

    private static boolean vi(Locale l) {
        return "vi".equals(l.getLanguage());
    }

    private static String label(DocumentKind k, Locale locale) {
        return Messages.format(locale, "doc." + k.id());
    }

    private static String rel(Path base, Path p) {
        Path b = base.toAbsolutePath().normalize();
        Path q = p.toAbsolutePath().normalize();
        Path shown = b.getParent() != null ? b.getParent().relativize(q) : q;
        return shown.toString();
    }
}
