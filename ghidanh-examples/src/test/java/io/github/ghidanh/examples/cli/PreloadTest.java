package io.github.ghidanh.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.ghidanh.examples.demo.SampleData;
import io.github.ghidanh.examples.interchange.InterchangeException;
import io.github.ghidanh.examples.interchange.JsonInterchange;
import io.github.ghidanh.report.Format;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The start-up warm-up of the rendering commands: what it reads, and that it changes no outcome. */
class PreloadTest {
    @TempDir
    Path dir;

    @Test
    void warmsUpOnlyForTheRenderingCommandsInTheFormatAsked() {
        assertThat(Preload.formatFor("render", "-i", "a.json", "-d", "letter", "-f", "docx", "-o", "x")).isEqualTo(Format.DOCX);
        assertThat(Preload.formatFor("render", "--format=XLSX")).isEqualTo(Format.XLSX);
        assertThat(Preload.formatFor("render", "--format", "odt")).isEqualTo(Format.PDF);
        assertThat(Preload.formatFor("batch", "-i", "a.json")).isEqualTo(Format.PDF);
        assertThat(Preload.formatFor("validate", "-i", "a.json")).isNull();
        assertThat(Preload.formatFor("demo")).isNull();
        assertThat(Preload.formatFor()).isNull();
    }

    @Test
    void readsAheadOnlyAFileThatExists() throws Exception {
        Path json = dir.resolve("có dấu.json");
        Files.writeString(json, "{}", StandardCharsets.UTF_8);
        assertThat(Preload.inputFor("render", "-i", json.toString())).isEqualTo(json);
        assertThat(Preload.inputFor("render", "--input=" + json)).isEqualTo(json);
        assertThat(Preload.inputFor("render", "--input", dir.resolve("missing.json").toString())).isNull();
        assertThat(Preload.inputFor("render", "--input", dir.toString())).isNull();
        assertThat(Preload.inputFor("render", "-i")).isNull();
        assertThat(Preload.inputFor("render", "-d", "letter")).isNull();
    }

    @Test
    void theFileReadAheadIsTheFileTheCommandReads() throws Exception {
        Path a = dir.resolve("a.json");
        Path b = dir.resolve("b.json");
        JsonInterchange.write(SampleData.duyenHai2022(), a);
        Files.writeString(b, JsonInterchange.toJson(SampleData.duyenHai2022()).replace("Bùi Đại Quang", "Bùi Đại Quảng"),
                StandardCharsets.UTF_8);
        Preload p = Preload.start(Format.PDF, a);
        assertThat(p.read(a).content()).isEqualTo(JsonInterchange.read(a).content());
        // another file than the one read ahead (e.g. the command line was not what the peek understood)
        assertThat(p.read(b).content()).isEqualTo(JsonInterchange.read(b).content());
        assertThat(p.read(b).content()).isNotEqualTo(p.read(a).content());
        assertThat(p.reports()).isNotNull();
    }

    @Test
    void aFileThatCannotBeReadFailsInTheCommandExactlyAsWithoutTheWarmUp() throws Exception {
        Path bad = dir.resolve("hỏng.json");
        Files.writeString(bad, "{\"format\": ", StandardCharsets.UTF_8);
        InterchangeException direct = catchThrowableOfType(() -> JsonInterchange.read(bad), InterchangeException.class);
        InterchangeException ahead = catchThrowableOfType(() -> Preload.start(Format.PDF, bad).read(bad), InterchangeException.class);
        assertThat(direct).isNotNull();
        assertThat(ahead).isNotNull();
        assertThat(ahead.messageVi()).isEqualTo(direct.messageVi()).contains("hỏng.json");
        assertThat(ahead.messageEn()).isEqualTo(direct.messageEn());
    }
}
