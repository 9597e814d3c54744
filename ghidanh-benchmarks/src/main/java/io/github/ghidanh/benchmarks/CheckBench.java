package io.github.ghidanh.benchmarks;

import io.github.ghidanh.core.model.Nominee;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** Validation + criteria evaluation on one thread: nominees per second. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class CheckBench {
    static final int N = 1000;
    private Workload workload;

    @Setup
    public void setUp() {
        workload = Workload.of(N, 7);
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public int check() {
        int ok = 0;
        for (Nominee n : workload.nominees) {
            if (workload.check(n)) {
                ok++;
            }
        }
        return ok;
    }
}
