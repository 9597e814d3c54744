package io.github.ghidanh.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ghidanh.core.view.DocumentView;
import java.io.ByteArrayInputStream;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/** The archival option gives PDF/A-1a that veraPDF accepts, tagged, in Vietnamese, with metadata. */
class ArchivalTest {
    static {
        VeraGreenfieldFoundryProvider.initialise();
    }

    static Stream<Arguments> documents() {
        return Demo.all().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void archivalPdfIsPdfA1aForVeraPdf(String name, DocumentView view) throws Exception {
        byte[] pdf = Reports.create().render(view, RenderOptions.builder(Format.PDF).archival(true).build());
        PDFAFlavour flavour = PDFAFlavour.PDFA_1_A;
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), flavour);
                PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false)) {
            ValidationResult result = validator.validate(parser);
            String failed = result.getTestAssertions().stream()
                    .filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
                    .map(a -> a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + " " + a.getMessage())
                    .distinct().collect(Collectors.joining("\n"));
            assertThat(result.isCompliant()).as(name + " fails:\n" + failed).isTrue();
        }
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getDocumentCatalog().getLanguage()).isEqualTo("vi-VN");
            assertThat(doc.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
            assertThat(doc.getDocumentCatalog().getOutputIntents()).isNotEmpty();
            PDDocumentInformation info = doc.getDocumentInformation();
            String issuer = view.context().issuerName();
            assertThat(info.getAuthor()).isEqualTo(issuer);
            assertThat(info.getTitle()).isNotBlank();
            assertThat(info.getSubject()).contains("trong học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh");
            assertThat(info.getKeywords()).contains("ghi danh", issuer);
        }
    }

    @org.junit.jupiter.api.Test
    void aPlainPdfIsNotPdfA() throws Exception {
        byte[] pdf = Reports.create().render(Demo.letter(), RenderOptions.of(Format.PDF));
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), PDFAFlavour.PDFA_1_A);
                PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFA_1_A, false)) {
            assertThat(validator.validate(parser).isCompliant()).isFalse();
        }
    }
}
