package io.github.ghidanh.report.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ghidanh.core.model.Nominee;
import io.github.ghidanh.core.view.DocumentView;
import io.github.ghidanh.report.Format;
import io.github.ghidanh.report.RenderOptions;
import io.github.ghidanh.report.Reports;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/**
 * Archival: the archival PDF of every document kind of a generated campaign (not only the
 * bundled sample) passes veraPDF as PDF/A-1a, carries its metadata (title, author = issuer, subject,
 * language vi-VN, the same title in the XMP), and keeps every Vietnamese letter with every tone mark
 * extractable: the text PDFBox reads back equals the NFC input.
 */
class ArchivalTest {
    static {
        VeraGreenfieldFoundryProvider.initialise();
    }

    static final Reports REPORTS = Reports.create();
    static final RenderOptions ARCHIVAL = RenderOptions.builder(Format.PDF).archival(true).build();

    /** Every Vietnamese vowel with every tone, lower and upper case, and đ/Đ: 146 letters, in NFC. */
    static String corpus() {
        String vowels = "aăâeêioôơuưy";
        String[] tones = {"", "\u0300", "\u0309", "\u0303", "\u0301", "\u0323"};
        StringBuilder b = new StringBuilder();
        for (String v : List.of(vowels, vowels.toUpperCase(java.util.Locale.ROOT))) {
            for (char c : v.toCharArray()) {
                for (String t : tones) {
                    b.append(Normalizer.normalize(c + t, Normalizer.Form.NFC));
                }
                b.append(' ');
            }
        }
        return b.append("đ Đ").toString();
    }

    static String failures(byte[] pdf) throws Exception {
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), PDFAFlavour.PDFA_1_A);
                PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFA_1_A, false)) {
            ValidationResult result = validator.validate(parser);
            return result.isCompliant() ? "" : result.getTestAssertions().stream()
                    .filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
                    .map(a -> a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + " " + a.getMessage())
                    .distinct().collect(Collectors.joining("\n"));
        }
    }

    @Test
    void everyDocumentKindOfAGeneratedCampaignIsPdfA1aWithItsMetadata() throws Exception {
        Map<String, DocumentView> docs = Views.generated(new SplittableRandom(2022));
        assertThat(docs.keySet()).containsExactly("letter", "cell-report", "proposal-list", "honour-roll", "ward-summary",
                "certificates");
        int passed = 0;
        for (Map.Entry<String, DocumentView> d : docs.entrySet()) {
            byte[] pdf = REPORTS.render(d.getValue(), ARCHIVAL);
            assertThat(failures(pdf)).as(d.getKey()).isEmpty();
            try (PDDocument doc = Loader.loadPDF(pdf)) {
                assertThat(doc.getDocumentCatalog().getLanguage()).isEqualTo("vi-VN");
                PDDocumentInformation info = doc.getDocumentInformation();
                String issuer = d.getValue().context().issuerName();
                assertThat(info.getAuthor()).as(d.getKey()).isEqualTo(issuer);
                assertThat(info.getTitle()).as(d.getKey()).isNotBlank();
                assertThat(info.getSubject()).as(d.getKey()).isNotBlank();
                assertThat(info.getCreationDate()).isNotNull();
                String xmp = new String(doc.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8);
                assertThat(xmp).contains("<pdfaid:part>1</pdfaid:part>", "<pdfaid:conformance>A</pdfaid:conformance>")
                        .contains(escapeXml(info.getTitle()));
            }
            passed++;
        }
        System.out.println("archival: " + passed + " document kinds of a generated campaign pass veraPDF PDF/A-1a");
    }

    static String escapeXml(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    @Test
    void everyVietnameseLetterWithEveryToneIsExtractableFromTheArchivalPdf() throws Exception {
        String corpus = corpus();
        assertThat(corpus.codePoints().filter(Character::isLetter).count()).isEqualTo(146);
        Set<String> names = Views.SAMPLE.nominees().stream().map(Nominee::name).collect(Collectors.toSet());
        Map<String, DocumentView> docs = Views.withTexts(s -> names.contains(s) ? corpus : s, Map.of());
        DocumentView certificates = docs.get("certificates");
        for (RenderOptions o : List.of(ARCHIVAL, RenderOptions.of(Format.PDF))) {
            byte[] pdf = REPORTS.render(certificates, o);
            List<String> pages = new ArrayList<>();
            try (PDDocument doc = Loader.loadPDF(pdf)) {
                for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                    PDFTextStripper s = new PDFTextStripper();
                    s.setStartPage(p);
                    s.setEndPage(p);
                    pages.add(Normalizer.normalize(s.getText(doc), Normalizer.Form.NFC).replaceAll("\\s+", " "));
                }
            }
            assertThat(pages).isNotEmpty();
            for (String page : pages) {
                assertThat(page).as(o.toString()).contains(corpus);
            }
            if (o.archival()) {
                assertThat(failures(pdf)).isEmpty();
            }
        }
    }
}
