package io.github.ghidanh.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ghidanh.core.view.DocumentView;
import io.github.ghidanh.core.view.HonourRollView;
import io.github.ghidanh.core.workflow.HonourRollEntry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A document above the virtualizer threshold is a PDF filled and exported page by page on two
 * threads: the same bytes as the in-memory render, the filler's failure reported as it is, no
 * thread and no file left behind.
 */
class StreamedPdfTest {
    private final Reports inMemory = Reports.builder().virtualizerThreshold(1_000_000).build();

    private static Reports streaming(Path swap) {
        return Reports.builder().swapFolder(swap).virtualizerThreshold(0).build();
    }

    @Test
    void everyDemoDocumentIsTheSameBytesStreamed(@TempDir Path swap) throws Exception {
        Reports s = streaming(swap);
        for (Map.Entry<String, DocumentView> e : Demo.all().entrySet()) {
            for (boolean archival : new boolean[] {false, true}) {
                RenderOptions o = RenderOptions.builder(Format.PDF).archival(archival).build();
                assertThat(s.render(e.getValue(), o)).as(e.getKey() + (archival ? ", archival" : ""))
                        .isEqualTo(inMemory.render(e.getValue(), o));
            }
        }
        assertThat(leftIn(swap)).isEmpty();
    }

    @Test
    void aRollOfManyPagesWithRowsOfMixedHeightsIsTheSameBytesStreamed(@TempDir Path swap) throws Exception {
        // long achievements wrap over several lines: pages hold different numbers of rows, more pages than the hand-over window
        List<HonourRollEntry> entries = new ArrayList<>();
        for (int i = 1; i <= 600; i++) {
            String achievement = "Thành tích số " + i + " " + "rất xuất sắc trong công tác ".repeat(i % 7 * 3);
            entries.add(Views.entry(i, Views.person("p" + i, "Người thứ " + i, achievement)));
        }
        HonourRollView roll = new HonourRollView(Views.party(), "Đảng ủy phường Duyên Hải", List.of(Views.CAMPAIGN), entries);
        byte[] streamed = streaming(swap).render(roll, RenderOptions.of(Format.PDF));
        assertThat(streamed).isEqualTo(inMemory.render(roll, RenderOptions.of(Format.PDF)));
        Pdf pdf = new Pdf(streamed);
        assertThat(pdf.pages).isGreaterThan(40);
        assertThat(pdf.flat()).contains("Người thứ 1 ", "Người thứ 600 ");
        assertThat(leftIn(swap)).isEmpty();
        assertThat(fillThreads()).isZero();
    }

    @Test
    void aBadRowFarDownIsReportedAsTheFillerThrewIt(@TempDir Path swap) throws Exception {
        List<HonourRollEntry> entries = new ArrayList<>(Views.roll(Views.party(), 400).entries());
        HonourRollEntry e = entries.get(349);
        entries.set(349, new HonourRollEntry(e.number(), e.rollOwnerId(), e.campaignId(), e.date(), null, e.level(),
                e.decision(), null, null, null, null, e.recordedBy(), e.recordedAt()));
        HonourRollView bad = new HonourRollView(Views.party(), "x", List.of(Views.CAMPAIGN), entries);
        Path target = swap.resolve("out").resolve("so.pdf");
        Files.createDirectories(target.getParent());
        assertThatThrownBy(() -> streaming(swap.resolve("swap")).render(bad, RenderOptions.of(Format.PDF), target))
                .isInstanceOf(ReportException.class)
                .satisfies(x -> assertThat(((ReportException) x).code()).isEqualTo("report.data"))
                .hasMessageContaining("mục số 350").hasMessageContaining("entry no. 350");
        assertThat(target).doesNotExist();
        assertThat(leftIn(swap.resolve("swap"))).isEmpty();
        assertThat(fillThreads()).isZero();
    }

    @Test
    void aFailingOutputIsReportedAndLeavesNoThreadBehind(@TempDir Path swap) {
        HonourRollView roll = Views.roll(Views.party(), 400);
        java.io.OutputStream broken = new java.io.OutputStream() {
            @Override
            public void write(int b) throws java.io.IOException {
                throw new java.io.IOException("disk full");
            }
        };
        // the export goes to a temporary file first; the copy into the caller's stream fails
        assertThatThrownBy(() -> streaming(swap).render(roll, RenderOptions.of(Format.PDF), broken))
                .isInstanceOf(ReportException.class);
        assertThat(fillThreads()).isZero();
    }

    private static List<Path> leftIn(Path dir) throws Exception {
        if (!Files.exists(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.toList();
        }
    }

    private static long fillThreads() {
        return Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().equals("ghidanh-fill") && t.isAlive()).count();
    }
}
