package io.github.ghidanh.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ghidanh.core.GhidanhException;
import io.github.ghidanh.core.view.HonourRollView;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Formats, languages, column sets, failures, atomic files, the virtualizer, the public API. */
class OptionsTest {
    final Reports reports = Reports.create();

    @Test
    void stateDocumentsHaveTheNationalHeaderTheColonNumberAndTmSignature() {
        HonourRollView roll = Views.roll(Views.state(), 3);
        Pdf pdf = new Pdf(reports.render(roll, RenderOptions.of(Format.PDF)));
        String t = pdf.flat();
        assertThat(t).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                "UBND THÀNH PHỐ LÀO CAI", "ỦY BAN NHÂN DÂN PHƯỜNG DUYÊN HẢI", "Số: 156/QĐ-UBND",
                "Duyên Hải, ngày 05 tháng 02 năm 2023", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Nguyễn Văn An");
        assertThat(t).doesNotContainPattern("Trang \\d+/\\d+");
        assertThat(t).doesNotContain("ĐẢNG CỘNG SẢN VIỆT NAM");
    }

    @Test
    void partyNumberHasNoColonAndThePaddedDate() {
        String t = new Pdf(reports.render(Views.roll(Views.party(), 2), RenderOptions.of(Format.PDF))).flat();
        assertThat(t).contains("ĐẢNG CỘNG SẢN VIỆT NAM", "Số 12-BC/ĐU", "Duyên Hải, ngày 05 tháng 02 năm 2023")
                .doesNotContain("Số:");
    }

    @Test
    void englishLabels() {
        String t = new Pdf(reports.render(Views.roll(Views.party(), 2),
                RenderOptions.builder(Format.PDF).locale(Locale.ENGLISH).build())).flat();
        assertThat(t).contains("HONOUR ROLL", "Recognising decision", "Achievements", "Duyên Hải, 5 February 2023")
                .doesNotContainPattern("(Trang|Page) \\d+/\\d+");
    }

    @Test
    void aHostChoosesOrdersAndHidesColumns() {
        RenderOptions o = RenderOptions.builder(Format.PDF).columns(Table.ENTRIES, "name", "no", "level").build();
        String t = new Pdf(reports.render(Views.roll(Views.party(), 2), o)).flat();
        assertThat(t).contains("Tên mô hình, tập thể, cá nhân Số ghi danh Cấp ghi danh", "Người thứ 1 1 Đảng ủy phường");
        assertThat(t).doesNotContain("Tóm tắt thành tích", "Thành tích số 1", "Ngày ghi danh");
        // the same choice in XLSX: the header cells in the chosen order, nothing else
        String x = Pdf.xmlText(Pdf.zipParts(reports.render(Views.roll(Views.party(), 2),
                o.toBuilder().format(Format.XLSX).build())).get("xl/worksheets/sheet1.xml"), "t");
        assertThat(x).contains("Tên mô hình, tập thể, cá nhân Số ghi danh Cấp ghi danh").doesNotContain("Tóm tắt thành tích");
    }

    @Test
    void badOptionsAndInputsGiveOneExceptionTypeWithBothLanguages() {
        assertThatThrownBy(() -> RenderOptions.builder(Format.PDF).columns(Table.ENTRIES, "name", "shoeSize").build())
                .isInstanceOf(ReportException.class).isInstanceOf(GhidanhException.class)
                .hasMessageContaining("shoeSize").hasMessageContaining("không có cột").hasMessageContaining("has no column");
        assertThatThrownBy(() -> RenderOptions.builder(Format.DOCX).archival(true).build())
                .isInstanceOf(ReportException.class).hasMessageContaining("PDF/A");
        // anything but one of the six views does not compile (DocumentView is sealed); null is refused clearly
        assertThatThrownBy(() -> reports.render(null, Format.PDF, new java.io.ByteArrayOutputStream()))
                .isInstanceOf(ReportException.class)
                .satisfies(e -> assertThat(((ReportException) e).code()).isEqualTo("report.view.missing"))
                .hasMessageContaining("null");
        HonourRollView noContext = new HonourRollView(null, "x", List.of(), List.of());
        assertThatThrownBy(() -> reports.render(noContext, Format.PDF, new java.io.ByteArrayOutputStream()))
                .isInstanceOf(ReportException.class).hasMessageContaining("DocumentContext");
    }

    @Test
    void aBadRowIsNamedInTheError(@TempDir Path dir) {
        var entries = new ArrayList<>(Views.roll(Views.party(), 3).entries());
        var e = entries.get(1);
        entries.set(1, new io.github.ghidanh.core.workflow.HonourRollEntry(e.number(), e.rollOwnerId(), e.campaignId(),
                e.date(), null, e.level(), e.decision(), null, null, null, null, e.recordedBy(), e.recordedAt()));
        HonourRollView bad = new HonourRollView(Views.party(), "x", List.of(Views.CAMPAIGN), entries);
        Path target = dir.resolve("so.pdf");
        assertThatThrownBy(() -> reports.render(bad, RenderOptions.of(Format.PDF), target))
                .isInstanceOf(ReportException.class)
                .satisfies(x -> assertThat(((ReportException) x).code()).isEqualTo("report.data"))
                .hasMessageContaining("mục số 2").hasMessageContaining("entry no. 2").hasMessageContaining("ENTRIES");
        assertThat(target).doesNotExist();
    }

    @Test
    void writingToAPathIsAtomic(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("cong-van.xlsx");
        Files.writeString(target, "old content");
        assertThatThrownBy(() -> reports.render(Demo.letter(), RenderOptions.of(Format.XLSX), target))
                .isInstanceOf(ReportException.class);
        assertThat(Files.readString(target)).isEqualTo("old content");
        assertThat(list(dir)).containsExactly(target);

        Path missing = dir.resolve("khong-co.xlsx");
        assertThatThrownBy(() -> reports.render(Demo.certificates(), RenderOptions.of(Format.XLSX), missing))
                .isInstanceOf(ReportException.class);
        assertThat(missing).doesNotExist();
        assertThat(list(dir)).containsExactly(target);

        Path pdf = dir.resolve("so-ghi-danh.pdf");
        reports.render(Demo.honourRoll(), RenderOptions.of(Format.PDF), pdf);
        assertThat(Files.readAllBytes(pdf)).startsWith("%PDF-".getBytes(java.nio.charset.StandardCharsets.US_ASCII))
                .isEqualTo(reports.render(Demo.honourRoll(), RenderOptions.of(Format.PDF)));
        assertThat(list(dir)).containsExactlyInAnyOrder(target, pdf);
    }

    @Test
    void aLargeDocumentUsesSwapFilesInTheHostsFolderAndLeavesNothingThere(@TempDir Path swap) throws IOException {
        HonourRollView roll = Views.roll(Views.party(), 300);
        byte[] inMemory = reports.render(roll, RenderOptions.of(Format.PDF));
        Reports swapping = Reports.builder().swapFolder(swap).virtualizerThreshold(100).build();
        List<Path> seen = new ArrayList<>();
        Thread watcher = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                try (Stream<Path> s = Files.walk(swap)) {
                    s.filter(p -> !p.equals(swap)).forEach(p -> {
                        synchronized (seen) {
                            if (!seen.contains(p)) {
                                seen.add(p);
                            }
                        }
                    });
                } catch (IOException | java.io.UncheckedIOException ignored) {
                    // files come and go
                }
            }
        });
        watcher.start();
        byte[] swapped;
        try {
            swapped = swapping.render(roll, RenderOptions.of(Format.PDF));
        } finally {
            watcher.interrupt();
        }
        assertThat(swapped).isEqualTo(inMemory);
        synchronized (seen) {
            assertThat(seen).as("a private swap folder was used").anyMatch(p -> p.getFileName().toString().startsWith("ghidanh-swap-"));
        }
        assertThat(list(swap)).isEmpty();
        Pdf pdf = new Pdf(swapped);
        assertThat(pdf.flat()).contains("Người thứ 1 ", "Người thứ 300 ");
        assertThat(Pdf.flat(pdf.pageTexts.get(pdf.pages - 1))).startsWith(String.valueOf(pdf.pages) + " ");
        assertThat(Reports.builder().swapFolder(swap).virtualizerThreshold(0).build()
                .render(roll, RenderOptions.of(Format.DOCX))).isEqualTo(reports.render(roll, RenderOptions.of(Format.DOCX)));
        assertThat(list(swap)).isEmpty();
    }

    @Test
    void noJasperReportsTypeInThePublicApi() {
        List<String> leaks = new ArrayList<>();
        for (Class<?> c : List.of(Reports.class, Reports.Builder.class, RenderOptions.class, RenderOptions.Builder.class,
                Format.class, Table.class, ReportException.class)) {
            for (Method m : c.getDeclaredMethods()) {
                if (!Modifier.isPublic(m.getModifiers())) {
                    continue;
                }
                List<Type> types = new ArrayList<>(List.of(m.getGenericParameterTypes()));
                types.add(m.getGenericReturnType());
                types.addAll(List.of(m.getGenericExceptionTypes()));
                for (Type t : types) {
                    if (t.getTypeName().contains("jasperreports") || t.getTypeName().contains(".internal.")) {
                        leaks.add(c.getSimpleName() + "." + m.getName() + ": " + t.getTypeName());
                    }
                }
            }
            for (var f : c.getFields()) {
                if (f.getGenericType().getTypeName().contains("jasperreports")) {
                    leaks.add(c.getSimpleName() + "." + f.getName());
                }
            }
            assertThat(c.getSuperclass() == null ? "" : c.getSuperclass().getName()).doesNotContain("jasperreports");
        }
        assertThat(leaks).isEmpty();
    }

    private static List<Path> list(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.toList();
        }
    }
}
