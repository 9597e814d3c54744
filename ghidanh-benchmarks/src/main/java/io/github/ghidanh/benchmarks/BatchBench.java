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
 * {@link #floor()} is the same batch through plain JasperReports ({@link Floor}: the same compiled
 * template, prepared rows), to tell the library's scaling from JasperReports' own.
 *
 * <p>The warm-up must be long: with two workers on two cores the JIT compiler threads compete with
 * the workers, and the two-thread fork reaches its steady state only after ≈ 40 s (seen on the
 * 2-core machine of docs/performance.md); a short warm-up measures the compiler, not the batch.
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
    private final List<Floor> floors = new ArrayList<>();

    @Setup
    public void setUp() {
        for (int i = 0; i < ORGS; i++) {
            Workload w = Workload.of(ENTRIES, 1000 + i);
            orgs.add(w);
            floors.add(new Floor(w.view()));
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

    @Benchmark
    public long floor() throws Exception {
        List<Future<Integer>> fs = new ArrayList<>(ORGS);
        for (Floor f : floors) {
            fs.add(pool.submit(() -> f.render(Format.PDF).length));
        }
        long bytes = 0;
        for (Future<Integer> f : fs) {
            bytes += f.get();
        }
        return bytes;
    }
}
