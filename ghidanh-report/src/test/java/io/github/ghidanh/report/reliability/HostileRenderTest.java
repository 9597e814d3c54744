package io.github.ghidanh.report.reliability;

import io.github.ghidanh.core.view.DocumentView;
import io.github.ghidanh.testing.HostileStrings;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ghidanh.core.model.IndividualNominee;
import io.github.ghidanh.core.model.Nominee;
import io.github.ghidanh.report.Format;
import io.github.ghidanh.report.RenderOptions;
import io.github.ghidanh.report.ReportException;
import io.github.ghidanh.report.Reports;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * The report's half of the fuzz suite: hostile text (empty, 100,000 characters, control
 * characters, lone surrogates, bidi overrides, NFD, emoji, TCVN3/VNI, formulas, markup) in every
 * text a document prints, through the workflow into every document and format. Each render ends in
 * a complete file that its reader opens (PDFBox; every XML part of a DOCX/XLSX well-formed) or a
 * {@link ReportException} — never another exception, never a hang. Also: formula-looking text is
 * a text cell in XLSX, never a formula; a citizen ID is never printed whole.
 */
class HostileRenderTest {
    static final Reports REPORTS = Reports.create();

    int tried;
    int refused;
    final List<String> escaped = new ArrayList<>();

    @Test
    void hostileTextInEveryDocumentEndsInACompleteFileOrAReportException() throws Exception {
        ExecutorService worker = Executors.newSingleThreadExecutor();
        try {
            List<Map<String, DocumentView>> cases = new ArrayList<>();
            List<String> labels = new ArrayList<>();
            for (String family : HostileStrings.FAMILIES) { // each family everywhere once
                SplittableRandom r = new SplittableRandom(family.hashCode());
                cases.add(Views.withTexts(s -> s == null ? null : HostileStrings.of(family, r), Map.of()));
                labels.add("family " + family);
            }
            for (int i = 0; i < 12; i++) { // then mixtures, some texts kept
                long seed = 0x4E9DL * 100 + i;
                SplittableRandom r = new SplittableRandom(seed);
                cases.add(Views.withTexts(s -> s == null || r.nextInt(3) == 0 ? s : HostileStrings.string(r), Map.of()));
                labels.add("seed " + seed);
            }
            for (int c = 0; c < cases.size(); c++) {
                SplittableRandom r = new SplittableRandom(c);
                for (Map.Entry<String, DocumentView> doc : cases.get(c).entrySet()) {
                    List<RenderOptions> options = Views.options(doc.getKey());
                    RenderOptions o = options.get(r.nextInt(options.size()));
                    String label = labels.get(c) + " " + doc.getKey() + " " + Hashes.key("", o);
                    renderOne(worker, label, doc.getValue(), o);
                }
            }
        } finally {
            worker.shutdownNow();
        }
        String summary = "fuzz report: " + tried + " documents with generated bad text rendered, " + refused
                + " refused with a ReportException, " + escaped.size() + " escaped";
        System.out.println(summary);
        assertThat(escaped).as(summary).isEmpty();
    }

    void renderOne(ExecutorService worker, String label, DocumentView view, RenderOptions o) throws InterruptedException {
        tried++;
        Future<byte[]> f = worker.submit(() -> REPORTS.render(view, o));
        byte[] bytes;
        try {
            bytes = f.get(5, TimeUnit.MINUTES); // a hang guard, not a timing assertion
        } catch (TimeoutException e) {
            f.cancel(true);
            escaped.add(label + ": hang");
            return;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof ReportException re && !re.messageVi().isBlank() && !re.messageEn().isBlank()) {
                refused++;
            } else {
                escaped.add(label + ": " + e.getCause());
            }
            return;
        }
        try {
            checkComplete(bytes, o.format());
        } catch (Exception | AssertionError e) {
            escaped.add(label + ": incomplete or unreadable output: " + e);
        }
    }

    /** The file opens: a PDF in PDFBox with its text extractable; an OOXML zip whose XML parts all parse. */
    static void checkComplete(byte[] bytes, Format format) throws Exception {
        if (format == Format.PDF) {
            try (PDDocument d = Loader.loadPDF(bytes)) {
                assertThat(d.getNumberOfPages()).isPositive();
                new PDFTextStripper().getText(d);
            }
            return;
        }
        Map<String, byte[]> parts = parts(bytes);
        assertThat(parts).containsKey("[Content_Types].xml");
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        for (Map.Entry<String, byte[]> p : parts.entrySet()) {
            if (p.getKey().endsWith(".xml") || p.getKey().endsWith(".rels")) {
                f.newDocumentBuilder().parse(new ByteArrayInputStream(p.getValue()));
            }
        }
    }

    static Map<String, byte[]> parts(byte[] zip) throws IOException {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                parts.put(e.getName(), in.readAllBytes());
            }
        }
        return parts;
    }

    static String xml(byte[] zip, String prefix) throws IOException {
        StringBuilder b = new StringBuilder();
        parts(zip).forEach((k, v) -> {
            if (k.startsWith(prefix) && k.endsWith(".xml")) {
                b.append(new String(v, StandardCharsets.UTF_8));
            }
        });
        return b.toString();
    }

    // ------------------------------------------------------------------ spreadsheet safety

    static final List<String> FORMULAS = List.of("=HYPERLINK(\"http://x.invalid\",\"a\")", "+84 912 345 678", "-1+2",
            "@SUM(A1:A9)", "\t=1+2", "\r=1+2");

    @Test
    void textThatLooksLikeAFormulaIsATextCellInXlsxNeverAFormula() throws IOException {
        int[] k = {0};
        Map<String, DocumentView> docs = Views.withTexts(s -> s == null ? null : FORMULAS.get(k[0]++ % FORMULAS.size()), Map.of());
        int tables = 0;
        for (Map.Entry<String, DocumentView> doc : docs.entrySet()) {
            if (!Views.options(doc.getKey()).contains(RenderOptions.of(Format.XLSX))) {
                continue;
            }
            tables++;
            byte[] xlsx = REPORTS.render(doc.getValue(), RenderOptions.of(Format.XLSX));
            String sheets = xml(xlsx, "xl/worksheets/");
            String all = sheets + xml(xlsx, "xl/sharedStrings");
            assertThat(sheets).as(doc.getKey()).doesNotContain("<f>").doesNotContain("<f ");
            if (!doc.getKey().equals("ward-summary")) { // the summary prints only counts and honourees
                assertThat(all).as(doc.getKey()).contains("=HYPERLINK(", "@SUM(A1:A9)");
            }
            // every cell is a string (shared or inline) or a number, never a formula; the numbers are the typed
            // columns (entry numbers, years, scores, counts, dates: XlsxLayoutTest), and a text is never one
            Matcher m = Pattern.compile("<c ([^>]*)>(.*?)</c>").matcher(sheets);
            while (m.find()) {
                String attrs = m.group(1);
                if (attrs.contains("t=\"")) {
                    assertThat(attrs).as(doc.getKey()).containsAnyOf("t=\"s\"", "t=\"inlineStr\"", "t=\"str\"", "t=\"n\"");
                }
                if (attrs.contains("t=\"n\"")) {
                    assertThat(m.group(2)).as(doc.getKey() + " " + attrs).matches("<v>-?[0-9.E]+</v>");
                }
            }
        }
        assertThat(tables).isEqualTo(4);
    }

    // ------------------------------------------------------------------ personal data

    @Test
    void aCitizenIdIsNeverPrintedWholeInAnyDocumentOrFormat() throws Exception {
        Map<String, String> ids = new HashMap<>();
        List<String> all = new ArrayList<>();
        int seq = 0;
        for (Nominee n : Views.SAMPLE.nominees()) {
            if (n instanceof IndividualNominee) {
                String id = String.format("0010850%05d", 10_000 + seq++);
                ids.put(n.id(), id);
                all.add(id);
            }
        }
        assertThat(all).isNotEmpty();
        Map<String, DocumentView> docs = Views.withTexts(s -> s, ids);
        int files = 0;
        for (Map.Entry<String, DocumentView> doc : docs.entrySet()) {
            for (RenderOptions o : Views.options(doc.getKey())) {
                byte[] b = REPORTS.render(doc.getValue(), o);
                String text;
                if (o.format() == Format.PDF) {
                    try (PDDocument d = Loader.loadPDF(b)) {
                        text = new PDFTextStripper().getText(d);
                    }
                } else {
                    text = xml(b, "");
                }
                for (String id : all) {
                    assertThat(text).as(doc.getKey() + " " + o).doesNotContain(id);
                }
                files++;
            }
        }
        assertThat(files).isEqualTo(22);
    }

    @Test
    void aChosenCitizenIdColumnIsMaskedUnlessTheHostAsksForTheIdsInFull() throws Exception {
        Map<String, String> ids = new HashMap<>();
        for (Nominee n : Views.SAMPLE.nominees()) {
            if (n instanceof IndividualNominee) {
                ids.put(n.id(), "001085012345");
            }
        }
        DocumentView list = Views.withTexts(s -> s, ids).get("proposal-list");
        List<String> columns = List.of("no", "name", "citizenId", "achievements");
        RenderOptions masked = RenderOptions.builder(Format.PDF).columns(io.github.ghidanh.report.Table.PROPOSALS, columns).build();
        RenderOptions full = masked.toBuilder().showCitizenIds(true).build();
        assertThat(masked.showCitizenIds()).isFalse();
        assertThat(full).isNotEqualTo(masked);
        String maskedText;
        String fullText;
        try (PDDocument d = Loader.loadPDF(REPORTS.render(list, masked))) {
            maskedText = new PDFTextStripper().getText(d);
        }
        try (PDDocument d = Loader.loadPDF(REPORTS.render(list, full))) {
            fullText = new PDFTextStripper().getText(d);
        }
        assertThat(maskedText).contains("Số định danh cá nhân", "0010******45").doesNotContain("001085012345");
        assertThat(fullText).contains("001085012345");
        byte[] xlsx = REPORTS.render(list, masked.toBuilder().format(Format.XLSX).build());
        assertThat(xml(xlsx, "xl/")).contains("0010******45").doesNotContain("001085012345");
    }

    @Test
    void aCampaignWithDatesFarOutOfRangeGivesADocumentOrAReportException() throws Exception {
        io.github.ghidanh.core.model.Campaign base = Views.SAMPLE.campaign();
        List<java.time.LocalDate> dates = List.of(java.time.LocalDate.of(-5, 1, 1), java.time.LocalDate.of(0, 12, 31),
                java.time.LocalDate.of(10_000, 1, 1), java.time.LocalDate.MAX, java.time.LocalDate.MIN);
        int rendered = 0;
        int refused = 0;
        for (java.time.LocalDate d : dates) {
            io.github.ghidanh.core.model.Campaign c;
            try {
                c = io.github.ghidanh.core.model.Campaign.builder(base.id(), base.issuerId())
                        .period(new io.github.ghidanh.core.model.CampaignPeriod.DateRange(d.isAfter(java.time.LocalDate.of(2000, 1, 1))
                                ? java.time.LocalDate.of(2022, 1, 1) : d, d.isAfter(java.time.LocalDate.of(2000, 1, 1)) ? d : java.time.LocalDate.of(2022, 6, 30)))
                        .deadline(io.github.ghidanh.core.model.Deadline.onOrBefore(java.time.LocalDate.MAX))
                        .issueDate(d).legalBases(base.legalBases()).receivingOffice(base.receivingOffice()).build();
            } catch (io.github.ghidanh.core.GhidanhException e) {
                continue; // refused by the model already
            }
            DocumentView letter = io.github.ghidanh.core.view.ReadModels.directiveLetter(c, Views.SAMPLE.tree(),
                    io.github.ghidanh.core.criteria.CriteriaProfile.defaultProfile());
            for (RenderOptions o : List.of(RenderOptions.of(Format.PDF), RenderOptions.of(Format.DOCX))) {
                try {
                    checkComplete(REPORTS.render(letter, o), o.format());
                    rendered++;
                } catch (ReportException e) {
                    assertThat(e.messageVi()).isNotBlank();
                    refused++;
                }
            }
        }
        assertThat(rendered + refused).isEqualTo(10);
    }
}
