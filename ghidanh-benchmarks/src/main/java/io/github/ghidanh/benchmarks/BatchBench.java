package io.github.ghidanh.benchmarks;

import io.github.ghidanh.report.Format;
import io.github.ghidanh.report.RenderOptions;
import io.github.ghidanh.report.Reports;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Batch: the honour rolls of {@link #ORGS} organisations ({@link #ENTRIES} entries each, full path,
 * PDF) rendered by a pool of {@code threads} threads sharing one {@link Reports}. Time per batch.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class BatchBench {
    static final int ORGS = 200;
    static final int ENTRIES = 20;

    @Param({"1", "2"})
    public int threads;

    private final List<Workload> orgs = new ArrayList<>();
    private Reports reports;
    private RenderOptions options;
    private ExecutorService pool;

    @Setup
    public void setUp() {
        for (int i = 0; i < ORGS; i++) {
            orgs.add(Workload.of(ENTRIES, 1000 + i));
        }
        reports = Reports.create();
        options = RenderOptions.of(Format.PDF);
        pool = Executors.newFixedThreadPool(threads);
    }

    @TearDown
    public void tearDown() {
        pool.shutdownNow();
    }

    @Benchmark
    public long batch() throws Exception {
        List<Future<Integer>> fs = new ArrayList<>(ORGS);
        for (Workload w : orgs) {
            fs.add(pool.submit(() -> reports.render(w.view(), options).length));
        }
        long bytes = 0;
        for (Future<Integer> f : fs) {
            bytes += f.get();
        }
        return bytes;
    }
}
