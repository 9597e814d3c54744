package io.github.ghidanh.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ghidanh.core.model.Achievement;
import io.github.ghidanh.core.model.Nominee;
import io.github.ghidanh.core.text.VietnameseText;
import io.github.ghidanh.core.view.CertificatesView;
import io.github.ghidanh.core.view.DocumentView;
import io.github.ghidanh.core.view.HonourRollView;
import io.github.ghidanh.core.view.ProposalListView;
import io.github.ghidanh.core.workflow.HonourRollEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every document of the demo data in every format it supports, read back and checked. */
class RenderAllTest {
    static final Reports REPORTS = Reports.create();

    static Stream<Arguments> documents() {
        return Demo.all().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    /** The names and achievement descriptions a document must print, from its view. */
    static List<String> expectedTexts(DocumentView view) {
        List<Nominee> nominees = new ArrayList<>();
        if (view instanceof HonourRollView v) {
            v.entries().forEach(e -> nominees.add(e.nominee()));
        } else if (view instanceof CertificatesView v) {
            v.entries().forEach(e -> nominees.add(e.nominee()));
        } else if (view instanceof ProposalListView v) {
            v.groups().forEach(g -> g.rows().forEach(r -> nominees.add(r.nominee())));
        } else if (view instanceof io.github.ghidanh.core.view.CellReportView v) {
            v.recorded().forEach(e -> nominees.add(e.nominee()));
            v.proposals().forEach(r -> nominees.add(r.nominee()));
        } else if (view instanceof io.github.ghidanh.core.view.WardSummaryView v) {
            v.honourees().forEach(e -> nominees.add(e.nominee()));
            v.rows().forEach(r -> {
                // cell names and supervisors are printed too
            });
        }
        List<String> out = new ArrayList<>();
        for (Nominee n : nominees) {
            out.add(n.name());
            for (Achievement a : n.achievements()) {
                if (a.description() != null) {
                    out.add(a.description());
                }
            }
        }
        return out;
    }

    @ParameterizedTest(name = "{0} PDF")
    @MethodSource("documents")
    void pdfCarriesHeaderNamesAchievementsPageNumbersAndEmbeddedFonts(String name, DocumentView view) {
        Pdf pdf = new Pdf(REPORTS.render(view, RenderOptions.of(Format.PDF)));
        assertThat(pdf.pages).isPositive();
        String text = pdf.flat();
        assertThat(text).contains("ĐẢNG CỘNG SẢN VIỆT NAM", view.context().superiorName(), view.context().issuerName(), "*")
                .doesNotContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
        List<String> expected = expectedTexts(view);
        if (!name.equals("letter")) {
            assertThat(expected).as("the demo has content for " + name).isNotEmpty();
        }
        for (String s : expected) {
            assertThat(text).as(name + " prints " + s).contains(Pdf.flat(VietnameseText.nfc(s)));
        }
        if (!name.equals("certificates")) {
            // the page number heads every page but the first (PageSetupTest checks where it stands)
            for (int i = 2; i <= pdf.pages; i++) {
                assertThat(Pdf.flat(pdf.pageTexts.get(i - 1))).as("page " + i + " of " + name).startsWith(i + " ");
            }
            assertThat(text).doesNotContainPattern("Trang \\d+/\\d+");
        } else {
            assertThat(pdf.pages).isEqualTo(((CertificatesView) view).entries().size());
            for (int i = 0; i < pdf.pages; i++) {
                HonourRollEntry e = ((CertificatesView) view).entries().get(i);
                assertThat(pdf.pageTexts.get(i)).contains("GIẤY CHỨNG NHẬN", e.nominee().name(), "Số ghi danh: " + e.number());
            }
        }
        if (name.equals("ward-summary")) {
            assertThat(text).contains("III. BIỂU ĐỒ SỐ LƯỢNG GHI DANH THEO CHI BỘ");
            assertThat(pdf.images).as("the chart").isEqualTo(1);
        }
        assertThat(pdf.fonts).isNotEmpty().allMatch(f -> f.contains("LiberationSerif"));
        assertThat(pdf.notEmbedded).isEmpty();
    }

    @ParameterizedTest(name = "{0} DOCX")
    @MethodSource("documents")
    void docxCarriesTheTextInTimesNewRoman(String name, DocumentView view) {
        Map<String, String> parts = Pdf.zipParts(REPORTS.render(view, RenderOptions.of(Format.DOCX)));
        String doc = parts.get("word/document.xml");
        assertThat(doc).isNotNull();
        String text = Pdf.xmlText(doc, "w:t");
        assertThat(text).contains("ĐẢNG CỘNG SẢN VIỆT NAM", view.context().superiorName(), view.context().issuerName());
        for (String s : expectedTexts(view)) {
            for (String line : s.split("\n")) {
                assertThat(text).as(name + " prints " + line).contains(Pdf.flat(VietnameseText.nfc(line)));
            }
        }
        assertThat(doc).contains("w:ascii=\"Times New Roman\"").doesNotContain("Liberation");
        assertThat(text).doesNotContainPattern("Trang \\d+/\\d+");
        assertThat(parts.get("word/styles.xml")).contains("Times New Roman").doesNotContain("Liberation");
    }

    @ParameterizedTest(name = "{0} XLSX")
    @MethodSource("documents")
    void xlsxForTablesOnly(String name, DocumentView view) {
        boolean tabular = !name.equals("letter") && !name.equals("certificates");
        if (!tabular) {
            assertThatThrownBy(() -> REPORTS.render(view, RenderOptions.of(Format.XLSX)))
                    .isInstanceOf(ReportException.class)
                    .hasMessageContaining("XLSX")
                    .satisfies(e -> assertThat(((ReportException) e).code()).isEqualTo("report.format.unsupported"));
            return;
        }
        Map<String, String> parts = Pdf.zipParts(REPORTS.render(view, RenderOptions.of(Format.XLSX)));
        String strings = parts.getOrDefault("xl/sharedStrings.xml", "");
        // one sheet per table (XlsxLayoutTest checks the layout)
        StringBuilder sheets = new StringBuilder();
        parts.entrySet().stream().filter(p -> p.getKey().startsWith("xl/worksheets/sheet")).sorted(Map.Entry.comparingByKey())
                .forEach(p -> sheets.append(Pdf.xmlText(p.getValue(), "t")).append(' '));
        String text = Pdf.xmlText(strings, "t") + " " + sheets;
        assertThat(text).contains("ĐẢNG CỘNG SẢN VIỆT NAM");
        for (String s : expectedTexts(view)) {
            for (String line : s.split("\n")) {
                assertThat(text).as(name + " prints " + line).contains(Pdf.flat(VietnameseText.nfc(line)));
            }
        }
        assertThat(parts.get("xl/styles.xml")).contains("Times New Roman").doesNotContain("Liberation");
        assertThat(text).as("a spreadsheet has no page numbers").doesNotContainPattern("Trang \\d+/\\d+");
    }
}
