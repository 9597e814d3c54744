package io.github.ghidanh.cli;

import io.github.ghidanh.core.model.IndividualNominee;
import io.github.ghidanh.core.model.Nominee;
import io.github.ghidanh.core.model.Organisation;
import io.github.ghidanh.testing.SampleCampaigns;
import io.github.ghidanh.core.view.HonourRollView;
import io.github.ghidanh.core.view.ReadModels;
import io.github.ghidanh.core.workflow.HonourRoll;
import io.github.ghidanh.core.workflow.HonourRollEntry;
import io.github.ghidanh.interchange.JsonInterchange;
import io.github.ghidanh.report.Format;
import io.github.ghidanh.report.RenderOptions;
import io.github.ghidanh.report.Reports;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Start-up of the rendering commands (docs/performance.md, line 3). While the main thread builds the
 * command line model, reads and checks the input and runs the workflow, a second thread initialises
 * the JSON reader, creates the {@link Reports} and renders a one-entry honour roll in memory, so that
 * the classes of JasperReports, OpenPDF and the fonts are loaded, initialised and partly compiled by
 * the time the main thread renders. The warm-up's output is discarded and a failure in it ignored:
 * the main thread's own render reports any real problem. Only {@link GhidanhCli#main} starts one; the
 * daemon thread never keeps the process alive.
 *
 * <p>Measured and dropped: reading the input file ahead on this thread (it competes with the main
 * thread for the two cores and delays the warm-up: medians 1,157 → 1,069 ms and 1,212 → 1,167 ms
 * without it), and a larger warm-up roll (12 entries: 1,000 → 1,066 ms).
 */
final class Preload {
    private final CompletableFuture<Reports> reports = new CompletableFuture<>();

    private Preload() {
    }

    /** Starts the warm-up in {@code format} on a daemon thread. */
    static Preload start(Format format) {
        Preload p = new Preload();
        Thread t = new Thread(() -> p.run(format), "ghidanh-preload");
        t.setDaemon(true);
        t.start();
        return p;
    }

    /** The {@link Reports} made by the warm-up thread (waits for it to be created, not for the warm-up render). */
    Reports reports() {
        try {
            return reports.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }

    private void run(Format format) {
        try {
            // the JSON reader's mapper (Jackson builds ≈ 400 classes' worth of it on first use); the
            // empty object is refused, which is expected here
            JsonInterchange.read("{}".getBytes(StandardCharsets.UTF_8), "warm-up.json");
        } catch (RuntimeException expected) {
            // nothing to do: only the mapper was wanted
        }
        Reports r;
        try {
            r = Reports.create();
        } catch (RuntimeException | Error e) {
            reports.completeExceptionally(e);
            return;
        }
        reports.complete(r);
        try {
            r.render(warmView(), RenderOptions.of(format));
        } catch (RuntimeException e) {
            // a warm-up only: the real render reports its own problems
        }
    }

    /** A one-entry honour roll of the sample ward: the same template code paths as a real roll. */
    static HonourRollView warmView() {
        SampleCampaigns.Sample s = SampleCampaigns.duyenHai2022();
        Organisation ward = s.tree().find(SampleCampaigns.WARD).orElseThrow();
        Nominee n = s.nominees().stream().filter(IndividualNominee.class::isInstance).findFirst().orElseThrow();
        LocalDate d = LocalDate.of(2022, 6, 15);
        HonourRollEntry e = new HonourRollEntry(1, ward.id(), s.campaign().id(), d, n, ward.levelName(), "Nghị quyết",
                null, null, null, null, "warm-up", Instant.parse("2022-06-15T00:00:00Z"));
        return ReadModels.honourRoll(ward, HonourRoll.of(ward.id(), List.of(e)), List.of(s.campaign()), d);
    }

    /**
     * The format to warm up for a command line: the one given with {@code -f}/{@code --format} when it
     * names one, else PDF. Null when the command renders nothing (no warm-up).
     */
    static Format formatFor(String... args) {
        if (args.length == 0 || !List.of("render", "batch").contains(args[0])) {
            return null;
        }
        String v = option(args, "-f", "--format");
        if (v != null) {
            for (Format f : Format.values()) {
                if (f.extension().equalsIgnoreCase(v) || f.name().equalsIgnoreCase(v)) {
                    return f;
                }
            }
        }
        return Format.PDF;
    }

    private static String option(String[] args, String shortName, String longName) {
        for (int i = 1; i < args.length; i++) {
            String a = args[i];
            if (a.startsWith(longName + "=")) {
                return a.substring(longName.length() + 1);
            }
            if ((shortName.equals(a) || longName.equals(a)) && i + 1 < args.length) {
                return args[i + 1];
            }
        }
        return null;
    }
}
