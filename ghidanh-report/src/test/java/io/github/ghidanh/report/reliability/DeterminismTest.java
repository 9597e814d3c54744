package io.github.ghidanh.report.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ghidanh.core.view.DocumentView;
import io.github.ghidanh.report.RenderOptions;
import io.github.ghidanh.report.Reports;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TimeZone;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Concurrency and determinism: one shared {@link Reports} used by 8 threads for 1,000
 * documents gives, for each, the bytes a single thread gives for the same input (in memory and
 * through the atomic Path writer, leaving no temporary file); and two more JVM processes, one in UTC
 * and English, one in Vietnam's zone and language, compute the same SHA-256 for every document in
 * every format (PDF, PDF/A, DOCX, XLSX).
 */
class DeterminismTest {
    record Job(String key, DocumentView view, RenderOptions options) {
    }

    static List<Job> jobs() {
        List<Job> jobs = new ArrayList<>();
        add(jobs, "sample", Views.sample());
        add(jobs, "generated-1", Views.generated(new SplittableRandom(71)));
        add(jobs, "generated-2", Views.generated(new SplittableRandom(72)));
        return jobs;
    }

    static void add(List<Job> jobs, String prefix, Map<String, DocumentView> docs) {
        docs.forEach((name, view) -> Views.options(name)
                .forEach(o -> jobs.add(new Job(prefix + "/" + Hashes.key(name, o), view, o))));
    }

    @Test
    void eightThreadsRenderingAThousandDocumentsGiveTheSingleThreadBytes(@TempDir Path dir) throws Exception {
        Reports shared = Reports.create();
        List<Job> jobs = jobs();
        Map<String, String> single = new TreeMap<>();
        for (Job j : jobs) {
            single.put(j.key(), Hashes.sha256(shared.render(j.view(), j.options())));
        }
        int total = 1_000;
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<String>> results = new ArrayList<>();
        try {
            for (int i = 0; i < total; i++) {
                Job j = jobs.get(i % jobs.size());
                int n = i;
                results.add(pool.submit(() -> {
                    byte[] bytes;
                    if (n % 5 == 0) { // one in five through the atomic file writer
                        Path target = dir.resolve("doc-" + n + "." + j.options().format().extension());
                        shared.render(j.view(), j.options(), target);
                        bytes = Files.readAllBytes(target);
                    } else {
                        bytes = shared.render(j.view(), j.options());
                    }
                    String sha = Hashes.sha256(bytes);
                    return sha.equals(single.get(j.key())) ? null : j.key() + " (render " + n + ")";
                }));
            }
            List<String> differing = new ArrayList<>();
            for (Future<String> f : results) {
                String d = f.get(10, TimeUnit.MINUTES); // a hang guard, not a timing assertion
                if (d != null) {
                    differing.add(d);
                }
            }
            System.out.println("determinism: " + total + " documents rendered by 8 threads from " + jobs.size()
                    + " inputs, " + differing.size() + " differ from the single-thread bytes");
            assertThat(differing).isEmpty();
        } finally {
            pool.shutdownNow();
        }
        try (Stream<Path> files = Files.list(dir)) {
            List<String> names = files.map(p -> p.getFileName().toString()).sorted().toList();
            assertThat(names).hasSize(total / 5).allMatch(s -> s.startsWith("doc-") && !s.endsWith(".tmp"));
        }
    }

    @Test
    void jvmsInTwoTimeZonesAndLanguagesRenderTheSameBytes() throws Exception {
        Map<String, String> here = Hashes.sample();
        // a CI host in UTC and English, and an office server in Vietnam's zone and language (the PDF dates
        // used to follow the JVM's zone: "Z" on one, "+07'00'" on the other)
        Map<String, String> utc = hashesInAnotherJvm("UTC", "en", "US");
        Map<String, String> hanoi = hashesInAnotherJvm("Asia/Ho_Chi_Minh", "vi", "VN");
        System.out.println("determinism: " + here.size() + " documents (PDF, PDF/A, DOCX, XLSX) hashed in three JVMs (this one in "
                + TimeZone.getDefault().getID() + ", UTC/en, Asia/Ho_Chi_Minh/vi), "
                + here.entrySet().stream().filter(e -> !e.getValue().equals(utc.get(e.getKey()))
                        || !e.getValue().equals(hanoi.get(e.getKey()))).count() + " differ");
        assertThat(here).hasSize(22); // letter and certificates in 3 formats, the 4 tables in 4
        assertThat(utc).isEqualTo(here);
        assertThat(hanoi).isEqualTo(here);
    }

    /** The SHA-256 table {@link Hashes} prints in a new JVM with the given default zone and locale. */
    private static Map<String, String> hashesInAnotherJvm(String zone, String language, String country) throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        ProcessBuilder pb = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                "-Duser.timezone=" + zone, "-Duser.language=" + language, "-Duser.country=" + country,
                "-Dfile.encoding=ISO-8859-1",
                // the test class path holds POI (DocxPageSetupTest), so Log4j API, which commons-logging then
                // prefers: keep its "no provider" warning off the child's standard output, as surefire does here
                "-Dlog4j2.loggerContextFactory=org.apache.logging.log4j.simple.SimpleLoggerContextFactory",
                "-Dorg.apache.logging.log4j.simplelog.level=OFF",
                Hashes.class.getName());
        pb.redirectErrorStream(false);
        pb.redirectError(ProcessBuilder.Redirect.DISCARD);
        Process p = pb.start();
        String out;
        try {
            out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(p.waitFor(10, TimeUnit.MINUTES)).as("the JVM in %s ends (hang guard)", zone).isTrue();
        } finally {
            p.destroyForcibly();
        }
        assertThat(p.exitValue()).as("exit of the JVM in %s", zone).isZero();
        Map<String, String> there = new TreeMap<>();
        for (String line : out.split("\\R")) {
            if (!line.isBlank()) {
                String[] kv = line.split(" ");
                there.put(kv[0], kv[1]);
            }
        }
        return there;
    }

}
