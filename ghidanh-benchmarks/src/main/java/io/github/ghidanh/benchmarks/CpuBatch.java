package io.github.ghidanh.benchmarks;

import io.github.ghidanh.report.Format;
import io.github.ghidanh.report.RenderOptions;
import io.github.ghidanh.report.Reports;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * CPU time per document, floor against library, in one JVM: batches of {@code orgs} honour rolls of
 * {@code entries} entries each, rendered by a pool of {@code threads} threads, library and floor
 * batches alternating (L F, F L, …) so that both see the same phases of a drifting machine. Each
 * document's render is timed by its worker thread's CPU time (what other processes on the machine
 * take does not count, unlike wall time); a batch's wall time is printed too.
 *
 * <p>{@code java -cp benchmarks.jar io.github.ghidanh.benchmarks.CpuBatch [entries=20] [orgs=200] [threads=2] [rounds=16]}
 * prints, after the first half of the rounds (warm-up), the medians of the second half:
 * {@code RESULT entries=… threads=… floorCpuMs=… libraryCpuMs=… cpuRatio=… floorWallMs=… libraryWallMs=… wallRatio=… pairs=…}
 * where the CPU figures are per document and the wall figures per batch; {@code pairs} lists each
 * measured round's CPU ratio.
 */
public final class CpuBatch {
    private CpuBatch() {
    }

    public static void main(String[] args) throws Exception {
        int entries = args.length > 0 ? Integer.parseInt(args[0]) : BatchBench.ENTRIES;
        int orgs = args.length > 1 ? Integer.parseInt(args[1]) : BatchBench.ORGS;
        int threads = args.length > 2 ? Integer.parseInt(args[2]) : 2;
        int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 16;
        List<Workload> works = new ArrayList<>();
        List<Floor> floors = new ArrayList<>();
        for (int i = 0; i < orgs; i++) {
            Workload w = orgs == 1 ? Workload.of(entries) : Workload.of(entries, 1000 + i);
            works.add(w);
            floors.add(new Floor(w.view()));
        }
        Reports reports = Reports.create();
        RenderOptions options = RenderOptions.of(Format.PDF);
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        double[] fc = new double[rounds];
        double[] lc = new double[rounds];
        double[] fw = new double[rounds];
        double[] lw = new double[rounds];
        try {
            for (int r = 0; r < rounds; r++) {
                for (int k = 0; k < 2; k++) {
                    boolean library = (r % 2 == 0) == (k == 0);
                    AtomicLong cpu = new AtomicLong();
                    List<Callable<Integer>> tasks = new ArrayList<>(orgs);
                    for (int i = 0; i < orgs; i++) {
                        Workload w = works.get(i);
                        Floor f = floors.get(i);
                        tasks.add(() -> {
                            long c0 = mx.getCurrentThreadCpuTime();
                            int n = library ? reports.render(w.view(), options).length : f.render(Format.PDF).length;
                            cpu.addAndGet(mx.getCurrentThreadCpuTime() - c0);
                            return n;
                        });
                    }
                    long t0 = System.nanoTime();
                    for (Future<Integer> fu : pool.invokeAll(tasks)) {
                        fu.get();
                    }
                    double wall = (System.nanoTime() - t0) / 1e6;
                    double perDoc = cpu.get() / 1e6 / orgs;
                    (library ? lc : fc)[r] = perDoc;
                    (library ? lw : fw)[r] = wall;
                }
                System.err.printf(Locale.ROOT, "round %d: CPU ms/doc floor %.2f library %.2f (%.3f); wall ms/batch floor %.0f library %.0f%n",
                        r, fc[r], lc[r], lc[r] / fc[r], fw[r], lw[r]);
            }
        } finally {
            pool.shutdownNow();
        }
        int skip = rounds / 2;
        StringBuilder pairs = new StringBuilder();
        double[] ratios = new double[rounds - skip];
        double[] wallRatios = new double[rounds - skip];
        for (int r = skip; r < rounds; r++) {
            ratios[r - skip] = lc[r] / fc[r];
            wallRatios[r - skip] = lw[r] / fw[r];
            pairs.append(r == skip ? "" : ",").append(String.format(Locale.ROOT, "%.3f", ratios[r - skip]));
        }
        System.out.printf(Locale.ROOT, "RESULT entries=%d orgs=%d threads=%d floorCpuMs=%.3f libraryCpuMs=%.3f cpuRatio=%.3f "
                        + "floorWallMs=%.1f libraryWallMs=%.1f wallRatio=%.3f pairs=%s%n",
                entries, orgs, threads, median(Arrays.copyOfRange(fc, skip, rounds)), median(Arrays.copyOfRange(lc, skip, rounds)),
                median(ratios), median(Arrays.copyOfRange(fw, skip, rounds)), median(Arrays.copyOfRange(lw, skip, rounds)),
                median(wallRatios), pairs);
    }

    static double median(double[] a) {
        double[] s = a.clone();
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }
}
