package io.github.ghidanh.cli;

import io.github.ghidanh.core.criteria.CriteriaProfile;
import io.github.ghidanh.interchange.ImportProblem;
import io.github.ghidanh.interchange.JsonInterchange;
import io.github.ghidanh.cli.internal.Messages;
import io.github.ghidanh.interchange.run.CampaignRun;
import io.github.ghidanh.cli.documents.BatchManifest;
import io.github.ghidanh.cli.documents.DocumentSet;
import io.github.ghidanh.report.Format;
import io.github.ghidanh.report.Reports;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code ghidanh batch}: every document of every organisation, in parallel, with a progress bar. */
@Command(name = "batch", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Renders the documents of every organisation of an interchange file, in every format that applies, "
                + "in parallel, into DIR/<organisation id>/. Shows a progress bar on a terminal, one line per document otherwise.",
                "Run again into the same DIR, it resumes: documents already written from the same input and options are kept "
                + "(DIR/.ghidanh-batch lists them with their hashes), temporary files of a run that was stopped are removed; "
                + "--fresh renders everything again.",
                "Exit codes: 0 all written, 2 input unreadable or a document failed."})
final class BatchCommand implements Callable<Integer> {
    private static final int BAR = 30;

    @Spec
    CommandSpec spec;

    @ParentCommand
    GhidanhCli parent;

    @Option(names = {"-i", "--input"}, required = true, paramLabel = "FILE", description = "The interchange file (.json).")
    Path input;

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "DIR", description = "Output folder.")
    Path out;

    @Option(names = "--threads", paramLabel = "N", description = "Rendering threads (default: the number of processors).")
    Integer threads;

    @Option(names = "--archival", description = "Archival PDF (PDF/A-1a) for the PDF files.")
    boolean archival;

    @Option(names = "--profile", paramLabel = "FILE", description = "A criteria profile (JSON) instead of the built-in one.")
    Path profile;

    @Option(names = "--fresh", description = "Render every document again, even those a previous run into DIR already wrote.")
    boolean fresh;

    @Mixin
    LangOption lang;

    @Mixin
    DateOption documentDate;

    @Override
    public Integer call() throws Exception {
        Locale locale = lang.locale();
        LocalDate date = documentDate.date();
        PrintWriter o = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        // documents are official: a file with any problem is refused rather than rendered without the bad records
        JsonInterchange.ReadResult r = Inputs.json(input, locale, err, true);
        CriteriaProfile prof = Inputs.profile(profile, r.content().campaign().criteriaProfileId());
        CampaignRun run = CampaignRun.of(r.content(), prof);
        for (ImportProblem p : run.problems()) {
            err.println(p.format(locale));
        }
        List<DocumentSet.Job> jobs = DocumentSet.jobs(run, out, date);
        // a run killed half-way leaves the atomic writers' temporary files and the documents it finished
        List<Path> stale = BatchManifest.removeStaleTemporaryFiles(BatchManifest.folders(out, jobs));
        if (!stale.isEmpty()) {
            o.println(Messages.format(locale, "cli.batchStale", stale.size(), out));
        }
        BatchManifest manifest = fresh ? BatchManifest.fresh(out) : BatchManifest.read(out);
        manifest.retain(jobs);
        String inputHash = BatchManifest.sha256(input);
        String profileHash = profile == null ? "built-in" : BatchManifest.sha256(profile);
        String version = String.valueOf(Reports.class.getPackage().getImplementationVersion());
        Map<DocumentSet.Job, String> keys = new HashMap<>();
        List<DocumentSet.Job> todo = new ArrayList<>();
        for (DocumentSet.Job j : jobs) {
            String key = BatchManifest.key("ghidanh-batch", version, inputHash, profileHash, j.kind(), j.orgId(), j.format(),
                    locale.toLanguageTag(), archival && j.format() == Format.PDF, date == null ? "default" : date);
            keys.put(j, key);
            if (!manifest.done(j, key)) {
                todo.add(j);
            }
        }
        if (todo.size() < jobs.size()) {
            o.println(Messages.format(locale, "cli.batchResumed", jobs.size() - todo.size(), jobs.size(), out));
        }
        manifest.write();
        boolean terminal = System.console() != null;
        int n = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        long start = System.nanoTime();
        DocumentSet.render(run, prof, todo, parent.reports(), locale, archival, n, date, w -> {
            try {
                manifest.record(w.job(), keys.get(w.job()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (terminal) {
                int filled = w.done() * BAR / w.total();
                o.print("\r[" + "#".repeat(filled) + " ".repeat(BAR - filled) + "] " + w.done() + "/" + w.total() + " "
                        + w.job().orgId() + "/" + w.job().target().getFileName() + "   ");
                o.flush();
            } else {
                o.println(w.done() + "/" + w.total() + " " + w.job().target());
            }
        });
        if (terminal) {
            o.println();
        }
        o.println(Messages.format(locale, "cli.batchDone", todo.size(), out, (System.nanoTime() - start) / 1_000_000));
        return Exit.OK;
    }
}
