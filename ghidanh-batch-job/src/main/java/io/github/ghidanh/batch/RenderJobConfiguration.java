package io.github.ghidanh.batch;

import io.github.ghidanh.report.Reports;
import java.nio.file.Path;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.TaskExecutor;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * The job {@value #JOB}: a manager step that splits the campaign into one partition per organisation
 * ({@link OrganisationPartitioner}) and runs the worker step {@value #WORKER_STEP} for each on a pool of
 * {@code ghidanh.batch.threads} threads. The library's objects are plain beans here: one shared,
 * thread-safe {@link Reports} and the campaign loader.
 *
 * <p>{@code ghidanh.batch.partitioning} chooses where partitions run: {@code local} (the default) on
 * the thread pool above; {@code manager} or {@code worker} for Spring Batch's remote partitioning, where
 * the host adds the manager step or the worker step built with spring-batch-integration around the
 * beans {@code organisationPartitioner} and {@code renderOrganisationTasklet} (docs/scaling.md gives
 * that configuration). A worker runs no job of its own: it executes the partitions it is sent.
 *
 * <p>Restart is Spring Batch's own: a run with the same parameters after a failure creates a new
 * execution of the same job instance, and the partition splitter skips every organisation whose step
 * completed in an earlier execution.
 */
@Configuration(proxyBeanMethods = false)
public class RenderJobConfiguration {
    /** The job's name. */
    public static final String JOB = "renderCampaign";
    /** The partitioned (manager) step's name. */
    public static final String MANAGER_STEP = "renderOrganisations";
    /** The worker step's name; each partition's step is named "renderOrganisation:orgNNNNN". */
    public static final String WORKER_STEP = "renderOrganisation";

    /** The property that says where partitions run: local, manager or worker. */
    public static final String PARTITIONING = "ghidanh.batch.partitioning";
    private static final String NOT_WORKER = "'${" + PARTITIONING + ":local}' != 'worker'";

    /** Creates the configuration (Spring does). */
    public RenderJobConfiguration() {
    }

    @Bean
    Reports ghidanhReports() {
        return Reports.create();
    }

    @Bean
    CampaignLoader campaignLoader(@Value("${ghidanh.batch.profile:}") String profile) {
        return new CampaignLoader(profile.isBlank() ? null : Path.of(profile));
    }

    /** A bounded pool: at most {@code ghidanh.batch.threads} organisations render at once. */
    @Bean
    ThreadPoolTaskExecutor partitionTaskExecutor(@Value("${ghidanh.batch.threads:0}") int threads) {
        int n = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
        ThreadPoolTaskExecutor pool = new ThreadPoolTaskExecutor();
        pool.setCorePoolSize(n);
        pool.setMaxPoolSize(n);
        pool.setThreadNamePrefix("ghidanh-partition-");
        // partitions wait in the queue; on shutdown, running partitions are let finish their document
        pool.setWaitForTasksToCompleteOnShutdown(true);
        return pool;
    }

    @Bean
    @StepScope
    Partitioner organisationPartitioner(CampaignLoader loader,
            @Value("#{jobParameters['" + JobParameterNames.INPUT + "']}") String input,
            @Value("#{jobParameters['" + JobParameterNames.INPUT_SHA256 + "']}") String sha256,
            @Value("#{jobParameters['" + JobParameterNames.LANG + "']}") String lang) {
        return new OrganisationPartitioner(loader, Path.of(input), sha256, Messages.locale(lang));
    }

    /** The work of one partition: every document of one organisation. */
    @Bean
    Tasklet renderOrganisationTasklet(CampaignLoader loader, Reports reports,
            ObjectProvider<DocumentWrittenListener> listeners) {
        return new RenderOrganisationTasklet(loader, reports, listeners.orderedStream().toList());
    }

    @Bean
    @ConditionalOnProperty(name = PARTITIONING, havingValue = "local", matchIfMissing = true)
    Step renderOrganisationStep(JobRepository jobRepository, @Qualifier("renderOrganisationTasklet") Tasklet tasklet) {
        // no transaction manager: rendering touches no database, so a partition holds no connection of the
        // job repository while it renders (the step's bookkeeping is written by the repository itself)
        return new StepBuilder(WORKER_STEP, jobRepository).tasklet(tasklet).build();
    }

    @Bean
    @ConditionalOnProperty(name = PARTITIONING, havingValue = "local", matchIfMissing = true)
    Step renderOrganisationsStep(JobRepository jobRepository, @Qualifier("organisationPartitioner") Partitioner partitioner,
            @Qualifier("renderOrganisationStep") Step worker,
            @Qualifier("partitionTaskExecutor") TaskExecutor partitionTaskExecutor) {
        return new StepBuilder(MANAGER_STEP, jobRepository)
                .partitioner(WORKER_STEP, partitioner)
                .step(worker)
                .taskExecutor(partitionTaskExecutor)
                .build();
    }

    @Bean
    @ConditionalOnExpression(NOT_WORKER)
    Job renderCampaignJob(JobRepository jobRepository, @Qualifier("renderOrganisationsStep") Step manager) {
        return new JobBuilder(JOB, jobRepository).start(manager).build();
    }

    @Bean
    @ConditionalOnExpression(NOT_WORKER)
    RenderJobRunner renderJobRunner(JobOperator jobOperator, JobRepository jobRepository,
            @Qualifier("renderCampaignJob") Job job, CampaignLoader loader) {
        return new RenderJobRunner(jobOperator, jobRepository, job, loader);
    }
}
