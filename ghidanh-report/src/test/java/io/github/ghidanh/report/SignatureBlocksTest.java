package io.github.ghidanh.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ghidanh.core.model.Signatory;
import io.github.ghidanh.core.view.DocumentView;
import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The signature block found in the filled layout is where the rendered PDF prints the signer's title
 * (just above the space) and name (just below it), read back from the PDF with PDFBox; on the landscape
 * pages of the tables as well.
 */
class SignatureBlocksTest {
    static Stream<Arguments> documents() {
        return Demo.all().entrySet().stream().sorted(Map.Entry.comparingByKey()).map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void theBlockLiesBetweenTheTitleAndTheNameOfThePdf(String name, DocumentView view) throws Exception {
        Reports reports = Reports.create();
        RenderOptions options = RenderOptions.builder(Format.PDF).archival(true).build();
        byte[] pdf = reports.render(view, options);
        List<SignatureBlock> blocks = SignatureBlocks.locate(reports, view, options);
        Signatory s = view.context().signatory();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            int expected = name.equals("certificates") ? doc.getNumberOfPages() : 1;
            assertThat(blocks).as(name).hasSize(expected);
            for (SignatureBlock b : blocks) {
                PDPage page = doc.getPage(b.pageIndex());
                // the block is given as the page is seen: a landscape table page is a portrait page turned by /Rotate
                boolean turned = page.getRotation() % 180 != 0;
                float h = turned ? page.getMediaBox().getWidth() : page.getMediaBox().getHeight();
                float w = turned ? page.getMediaBox().getHeight() : page.getMediaBox().getWidth();
                // 56 pt between title and name in the documents' layout, 30 pt on a certificate (counted in DesignFactory)
                assertThat(b.height()).as(name).isEqualTo(name.equals("certificates") ? 30f : 56f);
                assertThat(b.x()).as("right part of the page").isGreaterThan(w / 3);
                // text areas use top-down coordinates
                String inside = text(page, b.x(), h - b.y() - b.height() + 2, b.width(), b.height() - 4);
                String below = text(page, b.x(), h - b.y(), b.width(), 20);
                String above = text(page, b.x(), h - b.y() - b.height() - 20, b.width(), 20);
                assertThat(inside.strip()).as(name + ": the space is empty").isEmpty();
                assertThat(below.strip()).as(name).isEqualTo(s.name());
                assertThat(above.strip()).as(name).isEqualTo(s.title());
            }
            if (!blocks.isEmpty()) {
                assertThat(blocks.get(blocks.size() - 1).pageIndex()).isEqualTo(doc.getNumberOfPages() - 1);
            }
        }
    }

    private static String text(PDPage page, float x, float top, float w, float h) throws Exception {
        PDFTextStripperByArea s = new PDFTextStripperByArea();
        s.addRegion("r", new Rectangle2D.Float(x, top, w, h));
        s.extractRegions(page);
        return s.getTextForRegion("r");
    }

    @Test
    void aBlockMustHaveASize() {
        assertThatThrownBy(() -> new SignatureBlock(0, 1, 1, 0, 10)).isInstanceOf(ReportException.class)
                .hasMessageContaining("signature position");
        assertThatThrownBy(() -> new SignatureBlock(-1, 1, 1, 10, 10)).isInstanceOf(ReportException.class);
    }
}
