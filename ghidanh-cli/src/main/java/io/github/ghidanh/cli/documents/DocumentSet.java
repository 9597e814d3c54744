package io.github.ghidanh.cli.documents;

import io.github.ghidanh.core.view.DocumentView;
import io.github.ghidanh.interchange.run.CampaignRun;
import io.github.ghidanh.core.criteria.CriteriaProfile;
import io.github.ghidanh.core.model.Organisation;
import io.github.ghidanh.core.workflow.CampaignState;
import io.github.ghidanh.report.Format;
import io.github.ghidanh.report.RenderOptions;
import io.github.ghidanh.report.Reports;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Every document of every organisation of a campaign run, in every format that applies, rendered
 * in parallel into {@code outDir/<organisation id>/<document>.<ext>}. Documents with nothing to show
 * are left out: a cell's report and proposal list when it did not submit, a proposal list without
 * proposals, an honour roll or certificates without entries.
 */
public final class DocumentSet {
    /** One document to write. */
    public record Job(DocumentKind kind, String orgId, Format format, Path target) {
    }

    /** A written document, for progress reports. */
    public record Written(Job job, int done, int total, long bytes) {
    }

    private DocumentSet() {
    }

    /** The formats a document has: PDF and DOCX, plus XLSX for the tables. */
    public static List<Format> formats(DocumentKind kind) {
        return kind.tabular() ? List.of(Format.PDF, Format.DOCX, Format.XLSX) : List.of(Format.PDF, Format.DOCX);
    }

    /** The jobs for {@code run}, organisation by organisation in tree order, every document at its default date. */
    public static List<Job> jobs(CampaignRun run, Path outDir) {
        return jobs(run, outDir, null);
    }

    /**
     * The jobs for {@code run} with every document dated {@code date} (null: each at its default
     * date): only the documents that exist on that date (a cell that had not submitted by then has no
     * report).
     */
    public static List<Job> jobs(CampaignRun run, Path outDir, LocalDate date) {
        CampaignState st = date == null ? run.state() : run.state().asOf(date);
        List<Job> jobs = new ArrayList<>();
        java.util.Set<String> folders = new java.util.HashSet<>();
        for (Organisation org : st.tree().all()) {
            String folder = folderName(org.id());
            for (int n = 2; !folders.add(folder.toLowerCase(Locale.ROOT)); n++) {
                folder = folderName(org.id()) + "-" + n; // two ids that differ only in unsafe characters or case
            }
            for (DocumentKind kind : DocumentKind.values()) {
                if (!kind.appliesTo(run, org) || empty(st, kind, org)) {
                    continue;
                }
                for (Format f : formats(kind)) {
                    jobs.add(new Job(kind, org.id(), f, outDir.resolve(folder).resolve(kind.fileStem() + "." + f.extension())));
                }
            }
        }
        return jobs;
    }

    /**
     * The folder of an organisation's documents: its id with every character other than letters,
     * digits, '.', '_' and '-' replaced by '-', so that an id from an input file can never name a
     * path outside the output folder ("../x", "/etc", "a/b").
     */
    public static String folderName(String orgId) {
        String s = orgId.replaceAll("[^\\p{L}\\p{N}._-]+", "-");
        if (s.isEmpty() || s.chars().allMatch(c -> c == '.')) {
            s = "org-" + s.replace('.', '-');
        }
        return s;
    }

    private static boolean empty(CampaignState st, DocumentKind kind, Organisation org) {
        String campaign = st.campaign().id();
        return switch (kind) {
            case CELL_REPORT -> st.submission(org.id()).isEmpty();
            case PROPOSAL_LIST -> st.submission(org.id()).isEmpty() || st.proposalsFrom(org.id()).isEmpty();
            case HONOUR_ROLL, CERTIFICATES -> st.roll(org.id()).entries(campaign).isEmpty();
            case LETTER, WARD_SUMMARY -> false;
        };
    }

    /**
     * Renders the jobs with {@code threads} threads (one shared, thread-safe {@link Reports}).
     * {@code progress} is called after each document, from the rendering threads, one call at a time.
     *
     * @return the jobs in their order, all written
     * @throws io.github.ghidanh.core.GhidanhException the first failure (the other documents already written stay)
     */
    public static List<Job> render(CampaignRun run, CriteriaProfile profile, List<Job> jobs, Reports reports, Locale locale,
            boolean archival, int threads, Consumer<Written> progress) throws InterruptedException {
        return render(run, profile, jobs, reports, locale, archival, threads, null, progress);
    }

    /**
     * As {@link #render(CampaignRun, CriteriaProfile, List, Reports, Locale, boolean, int, Consumer)},
     * with every document dated {@code date} and true as of it (null: each at its default date).
     */
    public static List<Job> render(CampaignRun run, CriteriaProfile profile, List<Job> jobs, Reports reports, Locale locale,
            boolean archival, int threads, LocalDate date, Consumer<Written> progress) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads), r -> {
            Thread t = new Thread(r, "ghidanh-render");
            t.setDaemon(true);
            return t;
        });
        AtomicInteger done = new AtomicInteger();
        Object lock = new Object();
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (Job job : jobs) {
                futures.add(pool.submit(() -> {
                    DocumentView view = job.kind().view(run, job.orgId(), profile, date);
                    RenderOptions options = RenderOptions.builder(job.format()).locale(locale)
                            .archival(archival && job.format() == Format.PDF).build();
                    reports.render(view, options, job.target());
                    long size = sizeOf(job.target());
                    synchronized (lock) {
                        progress.accept(new Written(job, done.incrementAndGet(), jobs.size(), size));
                    }
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                try {
                    f.get();
                } catch (ExecutionException e) {
                    for (Future<?> other : futures) {
                        other.cancel(true);
                    }
                    if (e.getCause() instanceof RuntimeException re) {
                        throw re;
                    }
                    throw new IllegalStateException(e.getCause());
                }
            }
            return jobs;
        } finally {
            pool.shutdownNow();
        }
    }

    private static long sizeOf(Path p) {
        try {
            return Files.size(p);
        } catch (java.io.IOException e) {
            return -1;
        }
    }
}
