package io.github.ghidanh.batch;

import io.github.ghidanh.interchange.ImportProblem;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobExecutionAlreadyRunningException;
import org.springframework.batch.core.launch.JobInstanceAlreadyCompleteException;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;

/**
 * Starts the job from the command line ({@code --input=FILE --out=DIR [--lang=vi|en] [--archival]
 * [--recover]}) and turns its outcome into the process's exit code: 0 every document written (now or by
 * an earlier run), 1 the job failed (run the same command again to finish it), 2 bad arguments or an
 * unusable input, 3 an earlier run is still marked as running.
 *
 * <p>{@code --recover} is for an earlier run that died without ending (killed, power lost): Spring Batch
 * still marks it as running and refuses to start it again. With the option, that execution is marked
 * failed ({@link JobOperator#recover(JobExecution)}) and restarted. Only the operator knows that no other
 * process is still running it, hence an option rather than a default.
 */
final class RenderJobRunner implements ApplicationRunner, ExitCodeGenerator {
    static final int OK = 0;
    static final int FAILED = 1;
    static final int USAGE = 2;
    static final int STILL_RUNNING = 3;

    private static final Log LOG = LogFactory.getLog(RenderJobRunner.class);

    private final JobOperator jobOperator;
    private final JobRepository jobRepository;
    private final Job job;
    private final CampaignLoader loader;
    private volatile int exitCode = OK;
    private volatile JobExecution lastExecution;

    RenderJobRunner(JobOperator jobOperator, JobRepository jobRepository, Job job, CampaignLoader loader) {
        this.jobOperator = jobOperator;
        this.jobRepository = jobRepository;
        this.job = job;
        this.loader = loader;
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }

    /** The execution this runner started, or null (bad arguments, already complete, still running). */
    JobExecution lastExecution() {
        return lastExecution;
    }

    @Override
    public void run(ApplicationArguments args) throws Exception {
        String lang = single(args, "lang", "vi");
        Locale locale = Messages.locale(lang);
        String input = single(args, "input", null);
        String out = single(args, "out", null);
        if (input == null || out == null || !("vi".equals(lang) || "en".equals(lang))) {
            LOG.error(Messages.format(locale, "batch.usage"));
            exitCode = USAGE;
            return;
        }
        Path in = Path.of(input).toAbsolutePath().normalize();
        Path outDir = Path.of(out).toAbsolutePath().normalize();
        CampaignLoader.Loaded campaign;
        try {
            campaign = loader.load(in, null, locale);
        } catch (CampaignLoader.InputException e) {
            e.details().forEach(LOG::error);
            LOG.error(e.getMessage());
            exitCode = USAGE;
            return;
        }
        for (ImportProblem p : campaign.run().problems()) {
            LOG.warn(Messages.format(locale, "batch.workflow", p.format(locale)));
        }
        String archival = args.containsOption("archival")
                ? Boolean.toString(!"false".equals(single(args, "archival", "true"))) : "false";
        JobParameters params = new JobParametersBuilder()
                .addString(JobParameterNames.INPUT, in.toString())
                .addString(JobParameterNames.INPUT_SHA256, campaign.sha256())
                .addString(JobParameterNames.OUT, outDir.toString())
                .addString(JobParameterNames.LANG, lang)
                .addString(JobParameterNames.ARCHIVAL, archival)
                .toJobParameters();
        if (args.containsOption("recover")) {
            recover(params);
        }
        JobExecution execution;
        try {
            execution = jobOperator.start(job, params);
        } catch (JobInstanceAlreadyCompleteException e) {
            LOG.info(Messages.format(locale, "batch.complete", outDir));
            exitCode = OK;
            return;
        } catch (JobExecutionAlreadyRunningException e) {
            LOG.error(Messages.format(locale, "batch.running", outDir));
            exitCode = STILL_RUNNING;
            return;
        }
        lastExecution = execution;
        if (execution.getStatus() == BatchStatus.COMPLETED) {
            List<StepExecution> partitions = execution.getStepExecutions().stream()
                    .filter(s -> s.getStepName().startsWith(RenderJobConfiguration.WORKER_STEP + ":")).toList();
            long written = partitions.stream().mapToLong(StepExecution::getWriteCount).sum();
            int total = campaign.run().state().tree().size();
            LOG.info(Messages.format(locale, "batch.done", written, partitions.size(), outDir, total - partitions.size()));
            exitCode = OK;
        } else {
            LOG.error(Messages.format(locale, "batch.failed", execution.getStatus()));
            exitCode = FAILED;
        }
    }

    private void recover(JobParameters params) {
        JobInstance instance = jobRepository.getJobInstance(job.getName(), params);
        if (instance == null) {
            return;
        }
        JobExecution last = jobRepository.getLastJobExecution(instance);
        if (last != null && last.isRunning()) {
            jobOperator.recover(last);
        }
    }

    private static String single(ApplicationArguments args, String name, String fallback) {
        List<String> values = args.getOptionValues(name);
        return values == null || values.isEmpty() ? fallback : values.get(values.size() - 1);
    }
}
