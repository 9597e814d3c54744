package io.github.ghidanh.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line's refusals: nothing is started, nothing is written, exit code 2. */
class RenderJobRunnerTest {
    @TempDir
    Path dir;

    @Test
    void withoutAnOutputFolderNothingStarts() throws IOException {
        Path input = GeneratedCampaign.write(GeneratedCampaign.of(7, 1), dir.resolve("c.json"));
        RenderCampaignJobTest.Result r = RenderCampaignJobTest.run(dir.resolve("repository"), List.of(), "--input=" + input);
        assertThat(r.exitCode()).isEqualTo(RenderJobRunner.USAGE);
        assertThat(r.execution()).isNull();
    }

    @Test
    void anUnreadableInputRendersNothing() throws IOException {
        Path input = Files.writeString(dir.resolve("broken.json"), "{\"format\": \"ghidanh-interchange/1\", \"organisations\": [");
        Path out = dir.resolve("out");
        RenderCampaignJobTest.Result r = RenderCampaignJobTest.run(dir.resolve("repository"), List.of(),
                "--input=" + input, "--out=" + out);
        assertThat(r.exitCode()).isEqualTo(RenderJobRunner.USAGE);
        assertThat(r.execution()).isNull();
        assertThat(out).doesNotExist();
    }

    @Test
    void anUnknownLanguageIsRefused() throws IOException {
        Path input = GeneratedCampaign.write(GeneratedCampaign.of(7, 1), dir.resolve("c.json"));
        RenderCampaignJobTest.Result r = RenderCampaignJobTest.run(dir.resolve("repository"), List.of(),
                "--input=" + input, "--out=" + dir.resolve("out"), "--lang=fr");
        assertThat(r.exitCode()).isEqualTo(RenderJobRunner.USAGE);
        assertThat(dir.resolve("out")).doesNotExist();
    }
}
