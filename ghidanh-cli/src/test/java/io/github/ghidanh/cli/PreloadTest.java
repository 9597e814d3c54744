package io.github.ghidanh.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ghidanh.core.view.HonourRollView;
import io.github.ghidanh.report.Format;
import io.github.ghidanh.report.RenderOptions;
import org.junit.jupiter.api.Test;

/** The start-up warm-up of the rendering commands: when it runs, in which format, and what it renders. */
class PreloadTest {
    @Test
    void warmsUpOnlyForTheRenderingCommandsInTheFormatAsked() {
        assertThat(Preload.formatFor("render", "-i", "a.json", "-d", "letter", "-f", "docx", "-o", "x")).isEqualTo(Format.DOCX);
        assertThat(Preload.formatFor("render", "--format=XLSX")).isEqualTo(Format.XLSX);
        assertThat(Preload.formatFor("render", "--format", "odt")).isEqualTo(Format.PDF);
        assertThat(Preload.formatFor("render", "-f")).isEqualTo(Format.PDF);
        assertThat(Preload.formatFor("batch", "-i", "a.json")).isEqualTo(Format.PDF);
        assertThat(Preload.formatFor("validate", "-i", "a.json")).isNull();
        assertThat(Preload.formatFor("demo")).isNull();
        assertThat(Preload.formatFor()).isNull();
    }

    @Test
    void theWarmUpRollIsOneRealEntryThatRenders() {
        HonourRollView v = Preload.warmView();
        assertThat(v.entries()).hasSize(1);
        byte[] pdf = Preload.start(Format.PDF).reports().render(v, RenderOptions.of(Format.PDF));
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
    }
}
