package io.github.ghidanh.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ghidanh.interchange.JsonInterchange;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CLI as a real process: exit codes through System.exit, UTF-8 output, and what it loads. */
class CliProcessTest {
    @TempDir
    Path dir;

    record Run(int exit, String out, String err) {
    }

    private Run java(String... args) throws Exception {
        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dfile.encoding=ANSI_X3.4-1968", "-verbose:class", "-cp", cp, GhidanhCli.class.getName()));
        cmd.addAll(List.of(args));
        Path out = dir.resolve("stdout.txt");
        Path err = dir.resolve("stderr.txt");
        Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void renderNeverBootstrapsBeanValidationAndPrintsUtf8WhateverTheDefaultCharset() throws Exception {
        Path json = dir.resolve("mau.json");
        JsonInterchange.write(SampleData.duyenHai2022(), json);
        Run r = java("render", "--input", json.toString(), "--document", "letter", "--format", "pdf", "--out",
                dir.resolve("cv.pdf").toString());
        assertThat(r.exit()).as(r.err()).isEqualTo(0);
        assertThat(r.out()).contains("[class,load] io.github.ghidanh.report.Reports");
        assertThat(r.out()).doesNotContain("org.hibernate.validator", "org.apache.poi", "org.h2.");
        assertThat(r.out()).contains("Đã ghi " + dir.resolve("cv.pdf") + " (công văn của Đảng ủy phường Duyên Hải).");
        assertThat(dir.resolve("cv.pdf")).isRegularFile();
    }

    @Test
    void exitCodesComeFromTheProcess() throws Exception {
        Path bad = dir.resolve("hong.json");
        Files.writeString(bad, "{", StandardCharsets.UTF_8);
        assertThat(java("validate", "--input", bad.toString()).exit()).isEqualTo(2);
        assertThat(java("validate").exit()).isEqualTo(2); // missing required option: picocli's usage error
        assertThat(java("--version").exit()).isEqualTo(0);
        assertThat(new File(dir.toFile(), "out")).doesNotExist();
    }

    @Test
    void aBrokenWorkbookIsOneClearLineNotAStackTrace() throws Exception {
        Path base = dir.resolve("khung.json");
        JsonInterchange.write(SampleData.duyenHai2022(), base);
        Path xlsx = dir.resolve("hong.xlsx");
        // a zip whose first entry is not an OOXML part
        try (var zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(xlsx))) {
            zip.putNextEntry(new java.util.zip.ZipEntry("[Content_Types].xml"));
            zip.write("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        Run r = java("import", "--sheet", xlsx.toString(), "--into", base.toString(), "--out", dir.resolve("x.json").toString(),
                "--lang", "en");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err().lines()).singleElement().satisfies(l -> assertThat(l).startsWith("hong.xlsx is not a readable XLSX workbook: "));
        assertThat(dir.resolve("x.json")).doesNotExist();
    }

    @Test
    void withTheStartUpWarmUpAnUnreadableInputIsStillOneLineAndExit2() throws Exception {
        Path bad = dir.resolve("hong.json");
        Files.writeString(bad, "{", StandardCharsets.UTF_8);
        Run r = java("render", "-i", bad.toString(), "-d", "honour-roll", "-f", "pdf", "-o", dir.resolve("x.pdf").toString(),
                "--lang", "en");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).startsWith("hong.json is not valid JSON").doesNotContain("Exception", "\tat ");
        assertThat(dir.resolve("x.pdf")).doesNotExist();
    }

    @Test
    void helpOfOneCommandStillWorksWhenOnlyThatCommandIsBuilt() throws Exception {
        Run all = java("help", "render");
        assertThat(all.exit()).isEqualTo(0);
        assertThat(all.out()).contains("Usage: ghidanh render");
        Run one = java("render", "--help");
        assertThat(one.exit()).isEqualTo(0);
        assertThat(one.out()).contains("Usage: ghidanh render");
        Run top = java("--help");
        assertThat(top.out()).contains("demo", "validate", "render", "batch", "import").doesNotContain("warmup");
    }
}
