package io.github.ghidanh.cli.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ghidanh.cli.GhidanhCli;
import io.github.ghidanh.cli.SampleData;
import io.github.ghidanh.interchange.JsonInterchange;
import io.github.ghidanh.testing.HostileFiles;
import io.github.ghidanh.testing.LibraryWords;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line with bad input: malformed interchange files given to {@code validate},
 * {@code render} and {@code batch}. Each run ends with a documented exit code (0; 1 with the
 * violations on stdout; 2 with the reason on stderr) — never a stack trace, never the "unexpected error" of an escaped exception, never a hang —
 * and a failed render leaves no output file and no temporary file.
 */
class CliFuzzTest {
    record Run(int code, String out, String err) {
    }

    static Run cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = GhidanhCli.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Run(code, out.toString(), err.toString());
    }

    static final String JSON = JsonInterchange.toJson(SampleData.duyenHai2022());


    static List<String> files(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString()).sorted().toList();
        }
    }

    @Test
    void malformedInputOnTheCommandLineEndsWithAnExitCodeAndAMessage(@TempDir Path dir) throws Exception {
        ExecutorService worker = Executors.newSingleThreadExecutor();
        List<String> escaped = new ArrayList<>();
        int tried = 0;
        try {
            for (int i = 0; i < 120; i++) {
                long seed = 0xC11L * 1_000 + i;
                SplittableRandom r = new SplittableRandom(seed);
                Path in = dir.resolve("in-" + i + ".json");
                Files.write(in, HostileFiles.mutateJson(JSON, r));
                Path outDir = Files.createDirectories(dir.resolve("out-" + i));
                String[] args = switch (i % 12) {
                    case 0 -> new String[] {"batch", "-i", in.toString(), "-o", outDir.toString(), "--threads", "2"};
                    case 1, 2, 3, 4 -> new String[] {"validate", "-i", in.toString(), i % 2 == 0 ? "--lang=en" : "--lang=vi"};
                    default -> new String[] {"render", "-i", in.toString(), "-d",
                        List.of("letter", "cell-report", "proposal-list", "honour-roll", "ward-summary", "certificates").get(r.nextInt(6)),
                        "-f", r.nextBoolean() ? "pdf" : "docx", "-o", outDir.resolve("doc.out").toString()};
                };
                tried++;
                Future<Run> f = worker.submit(() -> cli(args));
                Run run;
                try {
                    run = f.get(5, TimeUnit.MINUTES); // a hang guard, not a timing assertion
                } catch (java.util.concurrent.TimeoutException e) {
                    f.cancel(true);
                    escaped.add("seed " + seed + " " + args[0] + ": hang");
                    continue;
                }
                String all = run.out() + run.err();
                if (run.code() < 0 || run.code() > 2 || all.contains("\tat ") || all.contains("Unexpected error")
                        || all.contains("Lỗi không mong đợi") || (run.code() == 2 && run.err().isBlank()) || (run.code() == 1 && run.out().isBlank())) {
                    escaped.add("seed " + seed + " " + String.join(" ", args).replace(dir.toString(), "") + " → " + run);
                }
                String quoted = run.err().replace(dir.toString(), ""); // the paths are the test's, not messages
                LibraryWords.in(quoted).ifPresent(w -> escaped.add("seed " + seed + " " + args[0]
                        + ": a message with the library word \"" + w + "\": " + run.err()));
                List<String> written = files(outDir);
                if (written.stream().anyMatch(s -> s.endsWith(".tmp"))) {
                    escaped.add("seed " + seed + ": temporary file left: " + written);
                }
                if (args[0].equals("render") && run.code() == 2 && !written.isEmpty()) {
                    escaped.add("seed " + seed + ": a failed render left " + written);
                }
            }
        } finally {
            worker.shutdownNow();
        }
        String summary = "fuzz examples/cli: " + tried + " runs on generated bad input files, " + escaped.size() + " escaped";
        System.out.println(summary);
        assertThat(escaped).as(summary).isEmpty();
    }
}
