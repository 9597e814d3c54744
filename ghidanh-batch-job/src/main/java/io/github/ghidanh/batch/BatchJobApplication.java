package io.github.ghidanh.batch;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;

/**
 * The batch application: {@code java -jar ghidanh-batch-job.jar --input=campaign.json --out=out/}. Spring
 * Boot configures Spring Batch and its job repository (an H2 database in a file by default, see
 * {@code application.properties}); {@link RenderJobConfiguration} is the job. No component scanning:
 * the configuration is imported by name.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import(RenderJobConfiguration.class)
public class BatchJobApplication {
    /** Creates the application (Spring does). */
    public BatchJobApplication() {
    }

    /**
     * Runs the job once and exits with its code (0 done, 1 failed, 2 bad arguments or input, 3 an earlier
     * run still marked as running). A remote partitioning worker ({@code ghidanh.batch.partitioning=worker})
     * keeps running instead, executing the partitions its manager sends.
     *
     * @param args the command line
     */
    public static void main(String[] args) {
        ConfigurableApplicationContext ctx = SpringApplication.run(BatchJobApplication.class, args);
        if (!"worker".equals(ctx.getEnvironment().getProperty(RenderJobConfiguration.PARTITIONING))) {
            System.exit(SpringApplication.exit(ctx));
        }
    }
}
