package io.github.ghidanh.benchmarks;

import io.github.ghidanh.report.Format;
import io.github.ghidanh.report.RenderOptions;
import io.github.ghidanh.report.Reports;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * One honour roll, warm, one thread: the floor (plain JasperReports over prepared rows, same compiled
 * template) against the library's full path (check every nominee → entries → read model → render).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class RollBench {
    @Param({"1000"})
    public int entries;

    @Param({"PDF"})
    public Format format;

    private Workload workload;
    private Floor floor;
    private Reports reports;
    private RenderOptions options;

    @Setup
    public void setUp() {
        workload = Workload.of(entries);
        floor = new Floor(workload.view());
        reports = Reports.create();
        options = RenderOptions.of(format);
    }

    @Benchmark
    public byte[] floor() {
        return floor.render(format);
    }

    @Benchmark
    public byte[] library() {
        return reports.render(workload.view(), options);
    }
}
