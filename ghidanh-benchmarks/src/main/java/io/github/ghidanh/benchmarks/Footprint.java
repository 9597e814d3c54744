package io.github.ghidanh.benchmarks;

import io.github.ghidanh.core.view.HonourRollView;
import java.util.Locale;

/**
 * A profiling aid: the live heap of the input alone (the nominees and the read model of N entries),
 * to separate what the caller holds from what rendering adds.
 * {@code java -cp benchmarks.jar io.github.ghidanh.benchmarks.Footprint 100000}
 */
public final class Footprint {
    public static void main(String[] args) throws Exception {
        int n = Integer.parseInt(args[0]);
        long base = used();
        Workload w = Workload.of(n);
        long nominees = used();
        HonourRollView v = w.view();
        long view = used();
        System.out.printf(Locale.ROOT, "%d nominees: %.1f MB; + read model: %.1f MB (entries %d, eligible %d)%n", n,
                (nominees - base) / 1048576.0, (view - nominees) / 1048576.0, v.entries().size(), w.eligible());
    }

    static long used() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(50);
        }
        Runtime r = Runtime.getRuntime();
        return r.totalMemory() - r.freeMemory();
    }
}
