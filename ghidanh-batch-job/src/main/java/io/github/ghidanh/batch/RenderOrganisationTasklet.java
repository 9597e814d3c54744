package io.github.ghidanh.batch;

import io.github.ghidanh.core.view.DocumentView;
import io.github.ghidanh.report.DocumentFiles;
import io.github.ghidanh.report.DocumentFiles.DocumentFile;
import io.github.ghidanh.report.Format;
import io.github.ghidanh.report.RenderOptions;
import io.github.ghidanh.report.Reports;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Renders every document of one organisation (one partition) into its folder. Each file is written
 * whole or not at all: {@link Reports#render(DocumentView, RenderOptions, Path)} renders into a
 * temporary file of the same folder and moves it into place atomically, so a failure or a crash never
 * leaves a partial document under a document's name. The temporary files a crash (kill, power loss) may
 * leave behind are removed when the organisation is redone.
 */
final class RenderOrganisationTasklet implements Tasklet {
    /** The temporary names of {@link Reports#render(DocumentView, RenderOptions, Path)}: ".name.UUID.tmp". */
    private static final Pattern LEFTOVER = Pattern.compile("\\..+\\.[0-9a-fA-F-]{36}\\.tmp");

    private final CampaignLoader loader;
    private final Reports reports;
    private final List<DocumentWrittenListener> listeners;

    RenderOrganisationTasklet(CampaignLoader loader, Reports reports, List<DocumentWrittenListener> listeners) {
        this.loader = loader;
        this.reports = reports;
        this.listeners = List.copyOf(listeners);
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        StepExecution step = chunkContext.getStepContext().getStepExecution();
        JobParameters p = step.getJobExecution().getJobParameters();
        Locale locale = Messages.locale(p.getString(JobParameterNames.LANG));
        boolean archival = Boolean.parseBoolean(p.getString(JobParameterNames.ARCHIVAL));
        Path out = Path.of(p.getString(JobParameterNames.OUT));
        String orgId = step.getExecutionContext().getString(JobParameterNames.ORGANISATION);
        String folderName = step.getExecutionContext().getString(JobParameterNames.FOLDER);
        Path folder = out.resolve(folderName);

        CampaignLoader.Loaded campaign = loader.load(Path.of(p.getString(JobParameterNames.INPUT)),
                p.getString(JobParameterNames.INPUT_SHA256), locale);
        removeLeftovers(folder);
        for (DocumentFile doc : DocumentFiles.of(campaign.run().state(), null, orgId, folderName)) {
            DocumentView view = doc.kind().view(campaign.run().state(), orgId, campaign.profile(), null);
            RenderOptions options = RenderOptions.builder(doc.format()).locale(locale)
                    .archival(archival && doc.format() == Format.PDF).build();
            Path target = folder.resolve(doc.fileName());
            reports.render(view, options, target);
            contribution.incrementWriteCount(1);
            for (DocumentWrittenListener l : listeners) {
                l.written(orgId, target);
            }
        }
        return RepeatStatus.FINISHED;
    }

    private static void removeLeftovers(Path folder) {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder,
                f -> LEFTOVER.matcher(f.getFileName().toString()).matches())) {
            for (Path f : files) {
                Files.deleteIfExists(f);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
