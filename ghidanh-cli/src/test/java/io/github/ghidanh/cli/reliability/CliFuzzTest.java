package io.github.ghidanh.cli.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ghidanh.cli.GhidanhCli;
import io.github.ghidanh.cli.SampleData;
import io.github.ghidanh.interchange.JsonInterchange;
import io.github.ghidanh.testing.HostileStrings;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.random.RandomGenerator;
import java.util.regex.Matcher;
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

    /**
     * The demo's file with 1–3 mutations (the same as ghidanh-interchange's ImportFuzzTest makes; the
     * reader's own verdicts on them are tested there, this suite runs them through the commands).
     */
    static byte[] mutateJson(String json, RandomGenerator r) {
        String s = json;
        int n = 1 + r.nextInt(3);
        for (int k = 0; k < n; k++) {
            int at = r.nextInt(s.length() + 1);
            s = switch (r.nextInt(9)) {
                case 0 -> s.substring(0, at); // truncated
                case 1 -> at < s.length() ? s.substring(0, at) + (char) r.nextInt(0x80) + s.substring(at + 1) : s;
                case 2 -> s.replaceFirst("\"(name|description|content|results|unit)\"\\s*:\\s*\"(?:[^\"\\\\]++|\\\\.)*+\"",
                        "\"$1\": " + Matcher.quoteReplacement(HostileStrings.jsonLiteral(HostileStrings.string(r))));
                case 3 -> s.replaceFirst("\"id\"\\s*:\\s*\"[^\"]*\"", "\"id\": \"cb-tdp1\""); // duplicate id
                case 4 -> s.replaceFirst("\"parentId\"\\s*:\\s*null", "\"parentId\": \"cb-tdp1\""); // a cycle through the root
                case 5 -> s.replaceAll("\"(deadline|date|issueDate|start|end)\"\\s*:\\s*\"\\d{4}", "\"$1\": \"" + (r.nextBoolean() ? "1800" : "9999"));
                case 6 -> s.replaceFirst("\\d+", String.valueOf(r.nextLong()));
                case 7 -> s.replaceFirst(":\\s*\"[^\"]*\"", ": " + (r.nextBoolean() ? "[]" : r.nextBoolean() ? "{}" : "true"));
                default -> s.replaceFirst("\"kind\"\\s*:\\s*\"[A-Z]+\"", "\"kind\": \"" + HostileStrings.of("control", r) + "\"");
            };
        }
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        if (r.nextInt(8) == 0 && b.length > 0) { // a byte that is not UTF-8
            b[r.nextInt(b.length)] = (byte) (0x80 | r.nextInt(0x80));
        }
        return b;
    }

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
                Files.write(in, mutateJson(JSON, r));
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
