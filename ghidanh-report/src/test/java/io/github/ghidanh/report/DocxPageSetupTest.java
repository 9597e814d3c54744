package io.github.ghidanh.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ghidanh.core.view.CertificatesView;
import io.github.ghidanh.core.view.DocumentView;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

/**
 * The DOCX's page setup read with POI (decision 0007): the section's margins are those of
 * docs/reports.md (NĐ 30 Phụ lục I Mục I.3; HD 36 as found), and the page number is Word's PAGE field
 * in a header that page 1 does not show (w:titlePg), not text in the body.
 */
class DocxPageSetupTest {
    /** Twips per millimetre. */
    static final double MM = 1440 / 25.4;

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.github.ghidanh.report.PageSetupTest#documents")
    void marginsAndAPageFieldInAHeaderNotOnPageOne(String name, DocumentView view) throws IOException {
        byte[] docx = PageSetupTest.REPORTS.render(view, RenderOptions.of(Format.DOCX));
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            CTSectPr sect = doc.getDocument().getBody().getSectPr();
            CTPageMar m = sect.getPgMar();
            assertThat(mm(m.getTop())).as(name + " top").isBetween(20.0, 25.0);
            assertThat(mm(m.getBottom())).as(name + " bottom").isBetween(20.0, 25.0);
            assertThat(mm(m.getLeft())).as(name + " left").isBetween(30.0, 35.0);
            assertThat(mm(m.getRight())).as(name + " right").isBetween(15.0, 20.0);
            XWPFHeader header = doc.getHeaderFooterPolicy().getDefaultHeader();
            boolean certificates = view instanceof CertificatesView;
            if (certificates) {
                assertThat(header == null ? "" : header._getHdrFtr().xmlText()).as(name + ": a certificate has no number")
                        .doesNotContain("PAGE");
                return;
            }
            assertThat(sect.isSetTitlePg()).as(name + ": page 1 shows no header").isTrue();
            assertThat(header).as(name + " header").isNotNull();
            String xml = header._getHdrFtr().xmlText();
            assertThat(xml).as(name + ": Word's page number field").contains("w:instr=\" PAGE \"").contains("center")
                    .contains("w:val=\"28\"");
            assertThat(mm(m.getHeader())).as(name + ": the number inside the top margin").isLessThan(mm(m.getTop()) - 5);
            assertThat(Pdf.xmlText(Pdf.zipParts(docx).get("word/document.xml"), "w:t")).as(name + ": no 'Trang X/Y' in the body")
                    .doesNotContainPattern("Trang \\d+/\\d+");
        }
    }

    static double mm(Object twips) {
        return new BigInteger(String.valueOf(twips)).doubleValue() / MM;
    }
}
