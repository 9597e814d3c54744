package io.github.ghidanh.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ghidanh.core.view.CertificatesView;
import io.github.ghidanh.core.workflow.HonourRollEntry;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.util.JRSaver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A host's own certificate template, given as JRXML or compiled, and the templates that are refused. */
class HostTemplateTest {
    static final URL CERTIFICATE = HostTemplateTest.class.getResource("host-certificate.jrxml");
    static final CertificatesView VIEW = Demo.certificates();

    static String jrxml() throws IOException {
        try (InputStream in = CERTIFICATE.openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** What the host template prints on each certificate, from the view. */
    static void assertHostCertificates(byte[] pdfBytes) {
        Pdf pdf = new Pdf(pdfBytes);
        assertThat(pdf.pages).isEqualTo(VIEW.entries().size()).isPositive();
        assertThat(pdf.notEmbedded).isEmpty();
        for (int i = 0; i < pdf.pages; i++) {
            HonourRollEntry e = VIEW.entries().get(i);
            String page = Pdf.flat(pdf.pageTexts.get(i));
            assertThat(page).startsWith("BẰNG KHEN CỦA CƠ QUAN")
                    .contains(VIEW.context().issuerName() + " (PARTY)")
                    .contains("Tặng: " + e.nominee().name())
                    .contains(Pdf.flat("Số ghi danh " + e.number() + " - " + (e.decision() == null ? "" : e.decision())))
                    .contains("Duyên Hải, ngày")
                    .contains("Vì nhân dân phục vụ")
                    // nothing of the library's own certificate layout
                    .doesNotContain("GIẤY CHỨNG NHẬN").doesNotContain("Thành tích:");
        }
    }

    @Test
    void certificatesRenderWithTheHostsJrxmlTemplate() {
        Reports reports = Reports.builder().template(DocumentType.CERTIFICATES, Template.jrxml(CERTIFICATE)).build();
        assertThat(reports.templates()).containsOnlyKeys(DocumentType.CERTIFICATES);
        byte[] pdf = reports.render(VIEW, RenderOptions.of(Format.PDF));
        assertHostCertificates(pdf);
        assertThat(reports.render(VIEW, RenderOptions.of(Format.PDF))).as("the same bytes again").isEqualTo(pdf);
        assertThat(Pdf.xmlText(Pdf.zipParts(reports.render(VIEW, RenderOptions.of(Format.DOCX))).get("word/document.xml"), "w:t"))
                .contains("BẰNG KHEN CỦA CƠ QUAN").contains(Pdf.flat("Tặng: " + VIEW.entries().get(0).nominee().name()));
        // the other documents keep the library's layout
        assertThat(new Pdf(reports.render(Demo.honourRoll(), RenderOptions.of(Format.PDF))).flat()).contains("SỔ GHI DANH");
        assertThatThrownBy(() -> reports.render(VIEW, RenderOptions.of(Format.XLSX))).isInstanceOf(ReportException.class)
                .satisfies(e -> assertThat(((ReportException) e).code()).isEqualTo("report.format.unsupported"));
    }

    @Test
    void aCompiledTemplateFromAFileWorksTheSame(@TempDir Path dir) throws Exception {
        JasperReport compiled = JasperCompileManager.compileReport(new ByteArrayInputStream(jrxml().getBytes(StandardCharsets.UTF_8)));
        Path file = dir.resolve("giay-chung-nhan.jasper");
        try (OutputStream out = Files.newOutputStream(file)) {
            JRSaver.saveObject(compiled, out);
        }
        Template t = Template.compiled(file);
        assertThat(t.isCompiled()).isTrue();
        assertThat(t.origin()).isEqualTo(file.toString());
        assertHostCertificates(Reports.builder().template(DocumentType.CERTIFICATES, t).build()
                .render(VIEW, RenderOptions.of(Format.PDF)));
        // and a JRXML from a path
        Path source = Files.writeString(dir.resolve("giay-chung-nhan.jrxml"), jrxml());
        assertHostCertificates(Reports.builder().template(DocumentType.CERTIFICATES, Template.jrxml(source)).build()
                .render(VIEW, RenderOptions.of(Format.PDF)));
    }

    @Test
    void aTemplateThatUsesANameTheDocumentDoesNotProvideIsRefusedWhenTheReportsAreBuilt() throws IOException {
        Template typo = Template.jrxml(new ByteArrayInputStream(jrxml().replace("honoureeName", "honoreeName")
                .getBytes(StandardCharsets.UTF_8)), "typo.jrxml");
        assertThatThrownBy(() -> Reports.builder().template(DocumentType.CERTIFICATES, typo).build())
                .isInstanceOf(ReportException.class)
                .satisfies(e -> assertThat(((ReportException) e).code()).isEqualTo("report.template.names"))
                .hasMessageContaining("$F{honoreeName}").hasMessageContaining("typo.jrxml").hasMessageContaining("CERTIFICATES");
        // a column of a table the document has no rows of
        Template cells = Template.jrxml(new ByteArrayInputStream(jrxml().replace("ENTRIES_decision", "CELLS_supervisor")
                .getBytes(StandardCharsets.UTF_8)), "cells.jrxml");
        assertThatThrownBy(() -> Reports.builder().template(DocumentType.CERTIFICATES, cells).build())
                .isInstanceOf(ReportException.class).hasMessageContaining("$F{CELLS_supervisor}");
        // the same template is fine for a document whose rows have that table
        Reports.builder().template(DocumentType.WARD_SUMMARY, cells).build();
    }

    @Test
    void aTemplateThatDoesNotCompileOrIsNoTemplateIsRefusedClearly(@TempDir Path dir) throws IOException {
        Template broken = Template.jrxml(new ByteArrayInputStream(jrxml().replace("\"Tặng: \" + $F{honoureeName}",
                "\"Tặng: \" + $F{honoureeName}.noSuchMethod()").getBytes(StandardCharsets.UTF_8)), "broken.jrxml");
        assertThatThrownBy(() -> Reports.builder().template(DocumentType.CERTIFICATES, broken).build())
                .isInstanceOf(ReportException.class)
                .satisfies(e -> assertThat(((ReportException) e).code()).isEqualTo("report.template.host"))
                .hasMessageContaining("broken.jrxml");
        Template notJasper = Template.compiled(new ByteArrayInputStream("not a template".getBytes(StandardCharsets.UTF_8)), "x.jasper");
        assertThatThrownBy(() -> Reports.builder().template(DocumentType.CERTIFICATES, notJasper).build())
                .isInstanceOf(ReportException.class)
                .satisfies(e -> assertThat(((ReportException) e).code()).isEqualTo("report.template.host"));
        assertThatThrownBy(() -> Template.jrxml(dir.resolve("missing.jrxml")))
                .isInstanceOf(ReportException.class)
                .satisfies(e -> assertThat(((ReportException) e).code()).isEqualTo("report.template.read"))
                .hasMessageContaining("missing.jrxml");
    }

    @Test
    void withoutATemplateTheLibrarysLayoutIsUsedAgain() {
        Reports reports = Reports.builder().template(DocumentType.CERTIFICATES, Template.jrxml(CERTIFICATE))
                .template(DocumentType.CERTIFICATES, null).build();
        assertThat(reports.templates()).isEmpty();
        assertThat(new Pdf(reports.render(VIEW, RenderOptions.of(Format.PDF))).flat()).contains("GIẤY CHỨNG NHẬN");
    }
}
