package io.github.ghidanh.report.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ghidanh.core.view.DocumentView;
import io.github.ghidanh.core.view.HonourRollView;
import io.github.ghidanh.report.Format;
import io.github.ghidanh.report.RenderOptions;
import io.github.ghidanh.report.ReportException;
import io.github.ghidanh.report.Reports;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Atomic output: rendering to a Path writes a temporary file in the same folder and moves
 * it into place only on success; on failure there is no target (or the old one, unchanged) and no
 * temporary file — whether the failure comes before, during or after the export.
 */
class AtomicOutputTest {
    static final DocumentView LETTER = Views.sample().get("letter");
    static final DocumentView ROLL = Views.sample().get("honour-roll");

    static List<String> names(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void successLeavesOnlyTheTarget(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("so-ghi-danh.pdf");
        Reports.create().render(ROLL, RenderOptions.of(Format.PDF), target);
        assertThat(names(dir)).containsExactly("so-ghi-danh.pdf");
        assertThat(Files.readAllBytes(target)).startsWith("%PDF-".getBytes(StandardCharsets.US_ASCII));
    }

    @Test
    void aViewRenderingCannotHandleLeavesNothing(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("x.pdf");
        HonourRollView noContext = new HonourRollView(null, "x", java.util.List.of(), java.util.List.of());
        assertThatThrownBy(() -> Reports.create().render(noContext, RenderOptions.of(Format.PDF), target))
                .isInstanceOf(ReportException.class);
        assertThat(names(dir)).isEmpty();
    }

    @Test
    void aFailureDuringTheExportLeavesNothing(@TempDir Path dir) throws IOException {
        // the letter has no XLSX form: refused by the engine after the temporary file exists
        Path target = dir.resolve("letter.xlsx");
        assertThatThrownBy(() -> Reports.create().render(LETTER, RenderOptions.of(Format.XLSX), target))
                .isInstanceOf(ReportException.class);
        assertThat(names(dir)).isEmpty();
    }

    @Test
    void aFailureWhileFillingKeepsTheOldFileUnchanged(@TempDir Path dir) throws IOException {
        // the swap folder is a plain file, and every document is "large": filling fails midway
        Path notAFolder = Files.writeString(dir.resolve("swap"), "a file");
        Reports broken = Reports.builder().swapFolder(notAFolder).virtualizerThreshold(0).build();
        Path target = dir.resolve("so-ghi-danh.docx");
        Files.writeString(target, "the previous version");
        assertThatThrownBy(() -> broken.render(ROLL, RenderOptions.of(Format.DOCX), target))
                .isInstanceOf(ReportException.class);
        assertThat(names(dir)).containsExactly("so-ghi-danh.docx", "swap");
        assertThat(Files.readString(target)).isEqualTo("the previous version");
    }

    @Test
    void anUnwritableFolderGivesAClearErrorAndNoFile(@TempDir Path dir) throws IOException {
        // a "folder" that is a file cannot hold the output, even for root
        Path file = Files.writeString(dir.resolve("not-a-folder"), "x");
        Path target = file.resolve("out.pdf");
        assertThatThrownBy(() -> Reports.create().render(ROLL, RenderOptions.of(Format.PDF), target))
                .isInstanceOf(ReportException.class)
                .satisfies(e -> assertThat(((ReportException) e).messageVi()).contains("Không ghi được tệp"));
        assertThat(names(dir)).containsExactly("not-a-folder");
    }

    @Test
    void aStreamThatFailsMidwayGivesAReportException() {
        java.io.OutputStream failing = new java.io.OutputStream() {
            int written;

            @Override
            public void write(int b) throws IOException {
                if (++written > 1000) {
                    throw new IOException("disk full");
                }
            }
        };
        assertThatThrownBy(() -> Reports.create().render(ROLL, RenderOptions.of(Format.PDF), failing))
                .isInstanceOf(ReportException.class).hasMessageContaining("disk full");
    }
}
