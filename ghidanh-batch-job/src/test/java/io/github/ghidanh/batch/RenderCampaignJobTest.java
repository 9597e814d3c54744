package io.github.ghidanh.batch;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ghidanh.cli.documents.DocumentSet;
import io.github.ghidanh.core.criteria.CriteriaProfile;
import io.github.ghidanh.interchange.Interchange;
import io.github.ghidanh.interchange.JsonInterchange;
import io.github.ghidanh.interchange.run.CampaignRun;
import io.github.ghidanh.report.Reports;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;

/**
 * The job end to end, as {@code java -jar} runs it (the Boot application with its command line), on a
 * generated campaign: every document is written, the same bytes as the command line's {@code batch};
 * after a failure in one organisation, or a crash of the whole process, running the same command again
 * redoes only the organisations not finished and ends with the same files, and no temporary file is left.
 */
class RenderCampaignJobTest {
    /** Seed of the generated campaign: a ward "w" with exactly four cells w.1 … w.4 ({@link GeneratedCampaign#wide}). */
    private static final long SEED = 7;
    private static final int NOMINEES = 2;

    @TempDir
    static Path shared;
    static Path input;
    static Interchange campaign;
    /** An uninterrupted run of the job: relative path to SHA-256. */
    static Map<String, String> reference;

    @BeforeAll
    static void uninterruptedRun() throws IOException {
        campaign = GeneratedCampaign.wide(SEED, 4, NOMINEES);
        input = GeneratedCampaign.write(campaign, shared.resolve("campaign.json"));
        Path out = shared.resolve("reference");
        Result r = run(shared.resolve("reference-repository"), List.of(), "--input=" + input, "--out=" + out);
        assertThat(r.exitCode()).isZero();
        assertThat(r.execution().getStatus()).isEqualTo(BatchStatus.COMPLETED);
        reference = hashes(out);
    }

    @Test
    void writesEveryDocumentOfEveryOrganisation() throws Exception {
        // the generated tree: a ward "w" with cells w.1 … w.4
        List<String> orgs = campaign.organisations().all().stream().map(o -> o.id()).toList();
        assertThat(orgs).contains("w", "w.1", "w.2", "w.3", "w.4");
        // the ward: the letter, the summary over its cells, its roll of accepted proposals and their certificates
        assertThat(reference).containsKeys("w/cong-van.pdf", "w/cong-van.docx", "w/tong-hop.pdf", "w/tong-hop.docx",
                "w/tong-hop.xlsx", "w/so-ghi-danh.pdf", "w/so-ghi-danh.xlsx", "w/giay-chung-nhan.pdf");
        // every cell under the ward submitted, proposed one nominee and recorded its eligible ones
        for (String cell : List.of("w.1", "w.2", "w.3", "w.4")) {
            assertThat(reference).containsKeys(cell + "/bao-cao.pdf", cell + "/bao-cao.docx", cell + "/bao-cao.xlsx",
                    cell + "/danh-sach-de-nghi.pdf", cell + "/danh-sach-de-nghi.xlsx", cell + "/so-ghi-danh.pdf",
                    cell + "/giay-chung-nhan.docx");
            assertThat(reference.keySet()).noneMatch(k -> k.startsWith(cell + "/cong-van"));
        }

        // the same files, byte for byte, as the command line's batch writes for the same campaign
        Path cli = shared.resolve("cli");
        CampaignRun run = CampaignRun.of(JsonInterchange.read(input).content(), CriteriaProfile.defaultProfile());
        DocumentSet.render(run, CriteriaProfile.defaultProfile(), DocumentSet.jobs(run, cli), Reports.create(),
                Locale.forLanguageTag("vi"), false, 2, w -> { });
        assertThat(reference).isEqualTo(hashes(cli));
        assertThat(leftovers(shared.resolve("reference"))).isEmpty();
    }

    @Test
    void afterAFailureInOneOrganisationARestartRedoesOnlyThatOne() throws IOException {
        Path repository = shared.resolve("failure-repository");
        Path out = shared.resolve("failure");
        String[] args = {"--input=" + input, "--out=" + out};

        Result failed = run(repository, List.of(FailInW2.class), args);
        assertThat(failed.exitCode()).isEqualTo(RenderJobRunner.FAILED);
        assertThat(failed.execution().getStatus()).isEqualTo(BatchStatus.FAILED);
        Map<String, BatchStatus> first = partitions(failed.execution());
        assertThat(first).hasSize(campaign.organisations().size());
        String w2 = partitionOf("w.2");
        assertThat(first.get(w2)).isEqualTo(BatchStatus.FAILED);
        assertThat(first).allSatisfy((name, status) -> assertThat(status)
                .isEqualTo(name.equals(w2) ? BatchStatus.FAILED : BatchStatus.COMPLETED));
        // w.2's first document was written whole before the failure; nothing partial anywhere
        assertThat(hashes(out).keySet().stream().filter(k -> k.startsWith("w.2/"))).containsExactly("w.2/bao-cao.pdf");
        assertThat(leftovers(out)).isEmpty();

        // the same command again, in a new application context on the same repository file
        Result restarted = run(repository, List.of(), args);
        assertThat(restarted.exitCode()).isZero();
        assertThat(restarted.execution().getJobInstance().getInstanceId())
                .isEqualTo(failed.execution().getJobInstance().getInstanceId());
        assertThat(partitions(restarted.execution())).containsOnlyKeys(w2).containsValue(BatchStatus.COMPLETED);
        assertThat(hashes(out)).isEqualTo(reference);
        assertThat(leftovers(out)).isEmpty();

        // a third run has nothing to do
        assertThat(run(repository, List.of(), args).exitCode()).isZero();
    }

    @Test
    void afterTheProcessIsKilledARecoveredRestartFinishesTheRest() throws Exception {
        Path repository = shared.resolve("crash-repository");
        Path out = shared.resolve("crash");
        String[] args = {"--input=" + input, "--out=" + out};

        // a separate JVM that halts (no shutdown hook, no finally) right after w.2's first document
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), CrashingRun.class.getName(), args[0], args[1],
                "--ghidanh.batch.repository=" + repository, "--ghidanh.batch.threads=1"));
        Process p = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(shared.resolve("crash.log").toFile()).start();
        assertThat(p.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(p.exitValue()).as(Files.readString(shared.resolve("crash.log"))).isEqualTo(CrashingRun.HALTED);
        assertThat(hashes(out)).containsKey("w.2/bao-cao.pdf").doesNotContainKey("w.2/bao-cao.docx");
        // what a kill during a write leaves: a temporary file beside the documents
        Path leftover = Files.writeString(out.resolve("w.2").resolve(".bao-cao.docx.0b8f1a52-6a4e-4c39-9b1e-2f1c2a3d4e5f.tmp"),
                "half a document");
        assertThat(leftovers(out)).containsExactly(leftover);

        // the repository still says "running": a plain restart is refused rather than run twice
        assertThat(run(repository, List.of(), args).exitCode()).isEqualTo(RenderJobRunner.STILL_RUNNING);

        Result recovered = run(repository, List.of(), args[0], args[1], "--recover");
        assertThat(recovered.exitCode()).isZero();
        Map<String, BatchStatus> crashed = partitions(recovered.crashed());
        Set<String> finishedBefore = crashed.entrySet().stream().filter(e -> e.getValue() == BatchStatus.COMPLETED)
                .map(Map.Entry::getKey).collect(Collectors.toSet());
        Map<String, BatchStatus> redone = partitions(recovered.execution());
        assertThat(redone).containsKey(partitionOf("w.2"));
        assertThat(redone.keySet()).noneMatch(finishedBefore::contains); // none, when w.2 was the first to run
        assertThat(redone.size() + finishedBefore.size()).isEqualTo(campaign.organisations().size());
        assertThat(redone).allSatisfy((name, status) -> assertThat(status).isEqualTo(BatchStatus.COMPLETED));
        assertThat(hashes(out)).isEqualTo(reference);
        assertThat(leftovers(out)).isEmpty();
    }

    /** Fails w.2's step once, after its first document. */
    static class FailInW2 {
        @Bean
        DocumentWrittenListener failInW2() {
            AtomicBoolean done = new AtomicBoolean();
            return (org, file) -> {
                if (org.equals("w.2") && done.compareAndSet(false, true)) {
                    throw new IllegalStateException("injected failure after " + file.getFileName());
                }
            };
        }
    }

    record Result(int exitCode, JobExecution execution, JobExecution crashed) {
    }

    /** Runs the application as {@code java -jar} does, on the job repository {@code repository}. */
    static Result run(Path repository, List<Class<?>> extra, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.add("--ghidanh.batch.repository=" + repository);
        all.add("--ghidanh.batch.threads=2");
        List<Class<?>> sources = new ArrayList<>(List.of(BatchJobApplication.class));
        sources.addAll(extra);
        ConfigurableApplicationContext ctx = new SpringApplicationBuilder(sources.toArray(Class<?>[]::new))
                .run(all.toArray(String[]::new));
        JobExecution execution = ctx.getBean(RenderJobRunner.class).lastExecution();
        JobExecution earlier = null;
        if (execution != null) {
            JobRepository repo = ctx.getBean(JobRepository.class);
            earlier = repo.getJobExecutions(execution.getJobInstance()).stream()
                    .filter(e -> e.getId() != execution.getId()).findFirst().orElse(null);
        }
        return new Result(SpringApplication.exit(ctx), execution, earlier);
    }

    /** The partitions' steps of an execution: partition name to status. */
    static Map<String, BatchStatus> partitions(JobExecution execution) {
        Map<String, BatchStatus> m = new TreeMap<>();
        for (StepExecution s : execution.getStepExecutions()) {
            if (s.getStepName().startsWith(RenderJobConfiguration.WORKER_STEP + ":")) {
                m.put(s.getStepName().substring(RenderJobConfiguration.WORKER_STEP.length() + 1), s.getStatus());
            }
        }
        return m;
    }

    static String partitionOf(String orgId) {
        return OrganisationPartitioner.partitionName(
                campaign.organisations().all().stream().map(o -> o.id()).toList().indexOf(orgId));
    }

    static Map<String, String> hashes(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).collect(Collectors.toMap(
                    f -> dir.relativize(f).toString().replace('\\', '/'), RenderCampaignJobTest::sha256, (a, b) -> a,
                    TreeMap::new));
        }
    }

    static List<Path> leftovers(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".tmp")).toList();
        }
    }

    private static String sha256(Path f) {
        try {
            return CampaignLoader.sha256(Files.readAllBytes(f));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
