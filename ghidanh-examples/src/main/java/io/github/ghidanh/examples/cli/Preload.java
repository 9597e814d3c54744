package io.github.ghidanh.examples.cli;

import io.github.ghidanh.core.model.IndividualNominee;
import io.github.ghidanh.core.model.Nominee;
import io.github.ghidanh.core.model.Organisation;
import io.github.ghidanh.core.testing.SampleCampaigns;
import io.github.ghidanh.core.view.HonourRollView;
import io.github.ghidanh.core.view.ReadModels;
import io.github.ghidanh.core.workflow.HonourRoll;
import io.github.ghidanh.core.workflow.HonourRollEntry;
import io.github.ghidanh.examples.interchange.JsonInterchange;
import io.github.ghidanh.report.Format;
import io.github.ghidanh.report.RenderOptions;
import io.github.ghidanh.report.Reports;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Start-up of the rendering commands (docs/performance.md, line 3). While the main thread builds the
 * command line model (picocli's reflection), a second thread reads the input file named after
 * {@code -i}/{@code --input} (the result is used only if the parsed command names the same file), then
 * creates the {@link Reports} and renders a one-entry honour roll in memory, so that the classes of
 * JasperReports, OpenPDF and the fonts are loaded, initialised and compiled by the time the main
 * thread renders. The warm-up's output is discarded and a failure in it ignored: the main thread's own
 * render reports any real problem. A failure to read the input is handed to the main thread, which
 * reports it exactly as if it had read the file itself. Only {@link GhidanhCli#main} starts one; the
 * daemon thread never keeps the process alive.
 */
final class Preload {
    private final Path input;
    private final CompletableFuture<JsonInterchange.ReadResult> read = new CompletableFuture<>();
    private final CompletableFuture<Reports> reports = new CompletableFuture<>();

    private Preload(Path input) {
        this.input = input;
    }

    /** Starts the read of {@code input} (may be null) and the warm-up in {@code format} on a daemon thread. */
    static Preload start(Format format, Path input) {
        Preload p = new Preload(input);
        Thread t = new Thread(() -> p.run(format), "ghidanh-preload");
        t.setDaemon(true);
        t.start();
        return p;
    }

    /** The {@link Reports} made by the warm-up thread (waits for it to be created, not for the warm-up render). */
    Reports reports() {
        return join(reports);
    }

    /**
     * The interchange file read by the warm-up thread if it is {@code file}, else read now; throws what
     * {@link JsonInterchange#read(Path)} throws.
     */
    JsonInterchange.ReadResult read(Path file) {
        return file.equals(input) ? join(read) : JsonInterchange.read(file);
    }

    private static <T> T join(CompletableFuture<T> f) {
        try {
            return f.join();
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
        if (input != null) {
            try {
                read.complete(JsonInterchange.read(input));
            } catch (RuntimeException | Error e) {
                read.completeExceptionally(e);
            }
        } else {
            try {
                // the JSON reader's mapper (Jackson builds ≈ 400 classes' worth of it on first use); the
                // empty object is refused, which is expected here
                JsonInterchange.read("{}".getBytes(StandardCharsets.UTF_8), "warm-up.json");
            } catch (RuntimeException expected) {
                // nothing to do: only the mapper was wanted
            }
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

    /** The file after {@code -i}/{@code --input}, if the command line has one that names a regular file. */
    static Path inputFor(String... args) {
        String v = option(args, "-i", "--input");
        if (v == null) {
            return null;
        }
        try {
            Path p = Path.of(v);
            return java.nio.file.Files.isRegularFile(p) ? p : null;
        } catch (java.nio.file.InvalidPathException e) {
            return null;
        }
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
