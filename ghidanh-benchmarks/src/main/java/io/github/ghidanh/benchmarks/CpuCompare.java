package io.github.ghidanh.benchmarks;

import io.github.ghidanh.report.Format;
import io.github.ghidanh.report.RenderOptions;
import io.github.ghidanh.report.Reports;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Locale;

/**
 * A profiling aid for a loaded machine: floor and library rendered alternately on one thread, timed
 * by the thread's CPU time (less disturbed by other processes than wall time). Not part of the table.
 * {@code java -cp benchmarks.jar io.github.ghidanh.benchmarks.CpuCompare [entries] [rounds] [PDF|DOCX|XLSX] [virtualizer threshold]}
 */
public final class CpuCompare {
    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        Format format = args.length > 2 ? Format.valueOf(args[2]) : Format.PDF;
        Workload w = Workload.of(n);
        Floor floor = new Floor(w.view());
        Reports reports = args.length > 3 ? Reports.builder().virtualizerThreshold(Integer.parseInt(args[3])).build()
                : Reports.create();
        RenderOptions o = RenderOptions.of(format);
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        double[] f = new double[rounds];
        double[] l = new double[rounds];
        double[] v = new double[rounds];
        for (int i = 0; i < rounds; i++) {
            long t = mx.getCurrentThreadCpuTime();
            floor.render(format);
            f[i] = (mx.getCurrentThreadCpuTime() - t) / 1e6;
            t = mx.getCurrentThreadCpuTime();
            reports.render(w.view(), o);
            l[i] = (mx.getCurrentThreadCpuTime() - t) / 1e6;
            t = mx.getCurrentThreadCpuTime();
            w.view();
            v[i] = (mx.getCurrentThreadCpuTime() - t) / 1e6;
        }
        int skip = rounds / 2;
        double fm = median(Arrays.copyOfRange(f, skip, rounds));
        double lm = median(Arrays.copyOfRange(l, skip, rounds));
        double vm = median(Arrays.copyOfRange(v, skip, rounds));
        System.out.printf(Locale.ROOT, "%d entries %s, CPU ms (median of last %d): floor %.1f, library %.1f (of which view %.1f), ratio %.3f%n",
                n, format, rounds - skip, fm, lm, vm, lm / fm);
    }

    private static double median(double[] a) {
        Arrays.sort(a);
        return a[a.length / 2];
    }
}
