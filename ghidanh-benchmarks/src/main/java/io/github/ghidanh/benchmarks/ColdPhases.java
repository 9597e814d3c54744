package io.github.ghidanh.benchmarks;

import io.github.ghidanh.core.criteria.CriteriaProfile;
import io.github.ghidanh.core.view.DocumentView;
import io.github.ghidanh.interchange.JsonInterchange;
import io.github.ghidanh.interchange.run.CampaignRun;
import io.github.ghidanh.core.view.DocumentKind;
import io.github.ghidanh.report.Format;
import io.github.ghidanh.report.RenderOptions;
import io.github.ghidanh.report.Reports;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.Locale;

/**
 * A profiling aid for the cold start: the steps of {@code ghidanh render -d honour-roll} in a fresh JVM,
 * each timed (wall and this thread's CPU), to see where the first second goes.
 * {@code java -cp benchmarks.jar io.github.ghidanh.benchmarks.ColdPhases roll100.json out.pdf}
 */
public final class ColdPhases {
    private static long wall = System.nanoTime();
    private static long cpu = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();

    public static void main(String[] args) throws Exception {
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        System.err.printf(Locale.ROOT, "%-28s %6d ms wall%n", "JVM start → main", System.currentTimeMillis() - jvmStart);
        lap("management beans");
        JsonInterchange.ReadResult r = JsonInterchange.read(Path.of(args[0]));
        lap("read JSON");
        CriteriaProfile prof = CriteriaProfile.defaultProfile();
        CampaignRun run = CampaignRun.of(r.content(), prof);
        lap("workflow run");
        DocumentView view = DocumentKind.HONOUR_ROLL.view(run.state(), ColdStart.CELL, prof, null);
        lap("read model");
        Reports reports = Reports.create();
        lap("Reports.create");
        reports.render(view, RenderOptions.of(Format.PDF), Path.of(args[1]));
        lap("render (first)");
        reports.render(view, RenderOptions.of(Format.PDF), Path.of(args[1]));
        lap("render (second)");
    }

    private static void lap(String what) {
        long w = System.nanoTime();
        long c = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        System.err.printf(Locale.ROOT, "%-28s %6.0f ms wall %6.0f ms cpu%n", what, (w - wall) / 1e6, (c - cpu) / 1e6);
        wall = w;
        cpu = c;
    }
}
