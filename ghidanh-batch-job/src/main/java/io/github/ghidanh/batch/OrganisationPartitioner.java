package io.github.ghidanh.batch;

import io.github.ghidanh.report.DocumentFiles;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * One partition per organisation of the campaign, in tree order, named by position ("org00000",
 * "org00001"…: short and stable for a given file, whatever the organisation ids look like). The grid
 * size is not used: an organisation's documents are the unit of work and of restart.
 */
final class OrganisationPartitioner implements Partitioner {
    private final CampaignLoader loader;
    private final Path input;
    private final String sha256;
    private final Locale locale;

    OrganisationPartitioner(CampaignLoader loader, Path input, String sha256, Locale locale) {
        this.loader = loader;
        this.input = input;
        this.sha256 = sha256;
        this.locale = locale;
    }

    @Override
    public Map<String, ExecutionContext> partition(int gridSize) {
        CampaignLoader.Loaded campaign = loader.load(input, sha256, locale);
        Map<String, ExecutionContext> partitions = new LinkedHashMap<>();
        int i = 0;
        for (Map.Entry<String, String> e : DocumentFiles.folders(campaign.run().state().tree()).entrySet()) {
            ExecutionContext context = new ExecutionContext();
            context.putString(JobParameterNames.ORGANISATION, e.getKey());
            context.putString(JobParameterNames.FOLDER, e.getValue());
            partitions.put(partitionName(i++), context);
        }
        return partitions;
    }

    static String partitionName(int index) {
        return String.format(Locale.ROOT, "org%05d", index);
    }
}
