package io.github.ghidanh.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ghidanh.cli.documents.BatchManifest;
import io.github.ghidanh.core.model.Nominee;
import io.github.ghidanh.interchange.JsonInterchange;
import io.github.ghidanh.testing.Choices;
import io.github.ghidanh.testing.NomineeGenerators;
import io.github.ghidanh.testing.SampleCampaigns;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A batch as a real process, for what only a process shows: killed with SIGKILL half-way, then run
 * again, it removes the temporary files the kill left, keeps the documents it had finished and ends
 * with a folder byte-identical to a batch never stopped; and a batch of a cell with 5,000 eligible
 * individuals completes in a 256 MB heap.
 */
class BatchCrashTest {
    @TempDir
    Path dir;

    /**
     * The sample campaign with {@code extra} more eligible individuals in its first cell that submitted:
     * that cell's honour roll, certificates and report then hold them all.
     */
    static Path bigCell(Path dir, int extra) throws IOException {
        SampleCampaigns.Sample s = SampleCampaigns.duyenHai2022();
        String cell = s.submissions().keySet().iterator().next();
        LocalDate submitted = s.submissions().get(cell);
        List<Nominee> nominees = new ArrayList<>(s.nominees());
        Choices r = Choices.random(new SplittableRandom(5_000));
        for (int i = 0; i < extra; i++) {
            nominees.add(NomineeGenerators.validIndividual(r, "lon-" + i, cell, submitted));
        }
        SampleCampaigns.Sample big = new SampleCampaigns.Sample(s.tree(), s.campaign(), nominees, s.submissions(),
                s.proposedIds(), s.returned(), s.ineligible(), s.decisions());
        Path file = dir.resolve("lon-" + extra + ".json");
        JsonInterchange.write(SampleData.of(big), file);
        return file;
    }

    /** {@code ghidanh ARGS} in a new JVM with {@code heap} (e.g. "-Xmx256m"); standard output and error go to files. */
    private Process start(String heap, Path log, String... args) throws IOException {
        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), heap,
                "-XX:+ExitOnOutOfMemoryError", "-Djava.awt.headless=true", "-cp", cp, GhidanhCli.class.getName()));
        cmd.addAll(List.of(args));
        return new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    private static int await(Process p, Path log) throws Exception {
        try {
            // a hang guard, not a timing assertion
            assertThat(p.waitFor(20, TimeUnit.MINUTES)).as("the batch ends; its output:%n%s", read(log)).isTrue();
        } finally {
            p.destroyForcibly();
        }
        return p.exitValue();
    }

    private static String read(Path log) throws IOException {
        return Files.isRegularFile(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
    }

    /** Every file under {@code root} by its relative path, with its SHA-256. */
    static Map<String, String> tree(Path root) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                out.put(root.relativize(p).toString().replace('\\', '/'), BatchManifest.sha256(p));
            }
        }
        return out;
    }

    private static boolean isTemporary(String relative) {
        String name = relative.substring(relative.lastIndexOf('/') + 1);
        return name.startsWith(".") && name.endsWith(".tmp");
    }

    @Test
    void aBatchKilledHalfWayResumesAndEndsByteIdenticalToOneNeverStopped() throws Exception {
        // enough entries that the big cell's documents take seconds each: the kill lands in the middle
        Path input = bigCell(dir, 1_500);
        Path reference = dir.resolve("ref");
        CliRunner whole = CliRunner.run("batch", "-i", input.toString(), "-o", reference.toString(), "--threads", "1", "--lang", "en");
        assertThat(whole.exitCode).as(whole.toString()).isZero();
        Map<String, String> expected = tree(reference);
        long documents = expected.keySet().stream().filter(k -> !k.startsWith(".")).count();
        assertThat(documents).isGreaterThan(10);

        Path out = dir.resolve("out");
        Path log = dir.resolve("killed.log");
        Process p = start("-Xmx512m", log, "batch", "-i", input.toString(), "-o", out.toString(), "--threads", "1", "--lang", "en");
        boolean killedMidRun = false;
        try {
            // wait for a finished document and a document being written, then kill: no fixed sleep
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(10);
            while (p.isAlive() && System.nanoTime() < deadline) {
                Map<String, String> now = Files.isDirectory(out) ? tree(out) : Map.of();
                boolean finished = now.keySet().stream().anyMatch(k -> !k.startsWith(".") && !isTemporary(k));
                boolean writing = now.keySet().stream().anyMatch(BatchCrashTest::isTemporary);
                if (finished && writing) {
                    p.destroyForcibly(); // SIGKILL on Linux: no shutdown hook, no finally block runs
                    killedMidRun = true;
                    break;
                }
                Thread.sleep(5);
            }
        } finally {
            p.destroyForcibly();
        }
        assertThat(p.waitFor(1, TimeUnit.MINUTES)).isTrue();
        assertThat(killedMidRun).as("the batch was killed before it ended; its output:%n%s", read(log)).isTrue();
        Map<String, String> afterKill = tree(out);
        long finishedBeforeKill = afterKill.keySet().stream().filter(k -> !k.startsWith(".") && !isTemporary(k)).count();
        boolean debris = afterKill.keySet().stream().anyMatch(BatchCrashTest::isTemporary);
        System.out.println("batch crash: killed after " + finishedBeforeKill + " of " + documents + " documents, "
                + afterKill.keySet().stream().filter(BatchCrashTest::isTemporary).count() + " temporary file(s) left");
        assertThat(finishedBeforeKill).isBetween(1L, documents - 1);

        CliRunner resumed = CliRunner.run("batch", "-i", input.toString(), "-o", out.toString(), "--threads", "1", "--lang", "en");
        assertThat(resumed.exitCode).as(resumed.toString()).isZero();
        assertThat(resumed.out).containsPattern("\\d+ of " + documents + " documents in .* are already written from the same input");
        if (debris) {
            assertThat(resumed.out).containsPattern("Removed \\d+ temporary file\\(s\\) left in ");
        }
        // the documents finished before the kill were kept, not written again
        int kept = Integer.parseInt(resumed.out.replaceAll("(?s).*?(\\d+) of " + documents + " documents in .*", "$1"));
        assertThat((long) kept).isGreaterThanOrEqualTo(finishedBeforeKill - 1); // the last may have missed its manifest line
        assertThat(resumed.out).contains((documents - kept) + " documents written into");
        assertThat(tree(out)).isEqualTo(expected);
    }

    @Test
    void aBatchOfACellWithFiveThousandEntriesCompletesInA256MbHeap() throws Exception {
        Path input = bigCell(dir, 5_000);
        Path out = dir.resolve("out");
        Path log = dir.resolve("batch.log");
        Process p = start("-Xmx256m", log, "batch", "-i", input.toString(), "-o", out.toString(), "--lang", "en");
        int exit = await(p, log);
        String printed = read(log);
        assertThat(exit).as(printed).isZero();
        Map<String, String> written = tree(out);
        assertThat(written.keySet()).noneMatch(BatchCrashTest::isTemporary);
        assertThat(printed).containsPattern((written.size() - 1) + " documents written into");
        // the big cell's honour roll is there, in every format
        assertThat(written.keySet().stream().filter(k -> k.contains("so-ghi-danh") || k.contains("honour"))).isNotEmpty();
    }
}
