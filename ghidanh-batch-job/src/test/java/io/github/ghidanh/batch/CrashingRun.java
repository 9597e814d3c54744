package io.github.ghidanh.batch;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.annotation.Bean;

/**
 * The application in a JVM of its own that dies the hard way ({@link Runtime#halt(int)}: no shutdown
 * hook, no finally block, the job repository left saying "running") right after w.2's first document,
 * as a killed process or a machine losing power would.
 */
final class CrashingRun {
    static final int HALTED = 97;

    private CrashingRun() {
    }

    static class HaltInW2 {
        @Bean
        DocumentWrittenListener haltInW2() {
            return (org, file) -> {
                if (org.equals("w.2")) {
                    Runtime.getRuntime().halt(HALTED);
                }
            };
        }
    }

    public static void main(String[] args) {
        new SpringApplicationBuilder(BatchJobApplication.class, HaltInW2.class).run(args);
        System.exit(1); // not reached when the crash happens
    }
}
