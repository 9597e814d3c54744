package io.github.ghidanh.cli.documents;

import io.github.ghidanh.core.criteria.CriteriaProfile;
import io.github.ghidanh.core.view.DocumentKind;
import io.github.ghidanh.core.view.DocumentView;
import io.github.ghidanh.core.workflow.CampaignState;
import io.github.ghidanh.interchange.run.CampaignRun;
import io.github.ghidanh.report.DocumentFiles;
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
 * in parallel into {@code outDir/<organisation folder>/<document>.<ext>}: the files
 * {@link DocumentFiles} lists (documents with nothing to show are left out).
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

    /** The jobs for {@code run}, organisation by organisation in tree order, every document at its default date. */
    public static List<Job> jobs(CampaignRun run, Path outDir) {
        return jobs(run, outDir, null);
    }

    /**
     * The jobs for {@code run} with every document dated {@code date} (null: each at its default
     * date): the files {@link DocumentFiles#of(CampaignState, LocalDate)} lists, in {@code outDir}.
     */
    public static List<Job> jobs(CampaignRun run, Path outDir, LocalDate date) {
        return DocumentFiles.of(run.state(), date).stream()
                .map(f -> new Job(f.kind(), f.organisationId(), f.format(), f.in(outDir))).toList();
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
                    DocumentView view = job.kind().view(run.state(), job.orgId(), profile, date);
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
