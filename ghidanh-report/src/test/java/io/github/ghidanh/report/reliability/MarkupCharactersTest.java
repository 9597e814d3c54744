package io.github.ghidanh.report.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ghidanh.core.view.DocumentView;
import io.github.ghidanh.report.Format;
import io.github.ghidanh.report.RenderOptions;
import io.github.ghidanh.report.Reports;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * Text that looks like markup ({@code <b>}, {@code &amp;}, a bare {@code &}) in names and achievements
 * is printed exactly as given, in PDF, DOCX and XLSX, in the entries and proposals tables of the four
 * tabular documents: those cells are plain text (no markup parsed, nothing escaped), and the test
 * fails if they are escaped twice or parsed as markup.
 */
class MarkupCharactersTest {
    static final Reports REPORTS = Reports.create();
    /** No spaces, so that a narrow cell cannot wrap it into pieces. */
    static final String MARK = "<b>Tổ&amp;Đội</b>&<1>";

    @Test
    void markupLookingTextIsPrintedAsGivenInEveryTableAndFormat() throws IOException {
        Map<String, DocumentView> docs = Views.withTexts(s -> s == null ? null : MARK + " " + s, Map.of());
        for (String name : new String[] {"honour-roll", "proposal-list", "cell-report", "ward-summary"}) {
            DocumentView view = docs.get(name);
            String pdf = pdfText(REPORTS.render(view, RenderOptions.of(Format.PDF)));
            assertThat(pdf).as(name + " PDF").contains(MARK).doesNotContain("&amp;amp;").doesNotContain("&lt;b");
            String docx = xmlText(part(REPORTS.render(view, RenderOptions.of(Format.DOCX)), "word/document.xml"), "w:t");
            assertThat(docx).as(name + " DOCX").contains(MARK).doesNotContain("&amp;amp;").doesNotContain("&lt;b");
            // the XLSX writes its texts inline in its sheets, one per table (no shared strings table)
            String xlsx = xmlText(part(REPORTS.render(view, RenderOptions.of(Format.XLSX)), "xl/worksheets/sheet"), "t");
            assertThat(xlsx).as(name + " XLSX").contains(MARK).doesNotContain("&amp;amp;").doesNotContain("&lt;b");
        }
    }

    private static String pdfText(byte[] pdf) throws IOException {
        try (PDDocument d = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(d);
        }
    }

    /** The part {@code name}, or every part whose name begins with {@code name} when it ends with no extension, in zip order. */
    private static String part(byte[] zip, String name) throws IOException {
        StringBuilder b = new StringBuilder();
        boolean prefix = !name.endsWith(".xml");
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null;) {
                if (prefix ? e.getName().startsWith(name) : e.getName().equals(name)) {
                    b.append(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
        }
        if (b.length() == 0) {
            throw new AssertionError(name + " missing");
        }
        return b.toString();
    }

    /** The text runs of {@code tag}, entities decoded once, each run followed by a line break. */
    private static String xmlText(String xml, String tag) {
        StringBuilder b = new StringBuilder();
        Matcher m = Pattern.compile("<" + tag + "(?:\\s[^>]*)?>([^<]*)</" + tag + ">").matcher(xml);
        while (m.find()) {
            b.append(m.group(1).replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                    .replace("&apos;", "'").replace("&amp;", "&")).append('\n');
        }
        return b.toString();
    }
}
