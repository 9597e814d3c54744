package io.github.ghidanh.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ghidanh.core.view.HonourRollView;
import io.github.ghidanh.core.workflow.HonourRollEntry;
import io.github.ghidanh.report.spi.PreparedDocument;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import net.sf.jasperreports.engine.JRDataSource;
import net.sf.jasperreports.engine.JRField;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.SimpleJasperReportsContext;
import net.sf.jasperreports.engine.fonts.FontFamily;
import net.sf.jasperreports.engine.fonts.SimpleFontFace;
import net.sf.jasperreports.engine.fonts.SimpleFontFamily;
import net.sf.jasperreports.engine.util.JRLoader;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.pdf.JRPdfExporter;
import org.junit.jupiter.api.Test;

/** The hook for tools: plain JasperReports, given the prepared template and data, prints what the library prints. */
class PreparedDocumentTest {

    @Test
    void plainJasperReportsFillingThePreparedDocumentPrintsTheLibrarysText() throws Exception {
        Reports reports = Reports.create();
        HonourRollView view = Demo.honourRoll();
        PreparedDocument doc = reports.prepare(view, RenderOptions.of(Format.PDF));
        assertThat(doc.documentType()).isEqualTo(DocumentType.HONOUR_ROLL.name());

        SimpleJasperReportsContext ctx = plainContext();
        JasperReport report;
        try (InputStream in = doc.compiledTemplate()) {
            report = (JasperReport) JRLoader.loadObject(ctx, in);
        }
        JasperPrint print = JasperFillManager.getInstance(ctx).fill(report, new HashMap<>(doc.parameters()),
                new MapDataSource(doc.rows()));
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        JRPdfExporter e = new JRPdfExporter(ctx);
        e.setExporterInput(new SimpleExporterInput(print));
        e.setExporterOutput(new SimpleOutputStreamExporterOutput(pdf));
        e.exportReport();

        Pdf plain = new Pdf(pdf.toByteArray());
        Pdf library = new Pdf(reports.render(view, RenderOptions.of(Format.PDF)));
        assertThat(plain.pages).isEqualTo(library.pages);
        assertThat(plain.pageTexts).isEqualTo(library.pageTexts);
    }

    @Test
    void parametersAndRowsArePlainJavaValuesUnderTheDocumentedNames() {
        HonourRollView view = Demo.honourRoll();
        PreparedDocument doc = Reports.create().prepare(view, RenderOptions.builder(Format.PDF).locale(Locale.ENGLISH)
                .columns(Table.ENTRIES, "no", "name").build());
        assertThat(doc.parameters()).containsEntry("issuingBody", view.context().issuerName())
                .containsEntry("organisationKind", "PARTY").containsEntry("title", "HONOUR ROLL")
                .containsEntry("ENTRIES_name_header", "Model, collective or individual")
                .containsEntry("REPORT_LOCALE", Locale.ENGLISH).doesNotContainKey("ENTRIES_achievements_header");
        List<Map<String, Object>> tableRows = doc.rows().stream().filter(r -> "ENTRIES".equals(r.get("table"))).toList();
        assertThat(tableRows).hasSameSizeAs(view.entries());
        HonourRollEntry first = view.entries().get(0);
        assertThat(tableRows.get(0)).containsEntry("ENTRIES_no", String.valueOf(first.number()))
                .containsEntry("ENTRIES_name", first.nominee().name()).containsKey("block")
                .doesNotContainKey("ENTRIES_achievements");
        assertThat(tableRows.get(0).get("block")).isInstanceOf(Integer.class);
        assertThatThrownBy(() -> doc.parameters().put("x", "y")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> doc.rows().get(0).put("x", "y")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> doc.rows().remove(0)).isInstanceOf(UnsupportedOperationException.class);
    }

    /** A JasperReports context of its own with the documents' font family, as any tool would set it up. */
    static SimpleJasperReportsContext plainContext() {
        SimpleJasperReportsContext ctx = new SimpleJasperReportsContext();
        SimpleFontFamily f = new SimpleFontFamily(ctx);
        f.setName("Liberation Serif");
        for (String style : List.of("Regular", "Bold", "Italic", "BoldItalic")) {
            SimpleFontFace face = new SimpleFontFace(ctx);
            face.setTtf("liberation/LiberationSerif-" + style + ".ttf");
            switch (style) {
                case "Regular" -> f.setNormalFace(face);
                case "Bold" -> f.setBoldFace(face);
                case "Italic" -> f.setItalicFace(face);
                default -> f.setBoldItalicFace(face);
            }
        }
        f.setPdfEncoding("Identity-H");
        f.setPdfEmbedded(Boolean.TRUE);
        ctx.setExtensions(FontFamily.class, List.of(f));
        return ctx;
    }

    /** The rows as JasperReports reads them. */
    static final class MapDataSource implements JRDataSource {
        private final Iterator<Map<String, Object>> rows;
        private Map<String, Object> current;

        MapDataSource(List<Map<String, Object>> rows) {
            this.rows = rows.iterator();
        }

        @Override
        public boolean next() {
            current = rows.hasNext() ? rows.next() : null;
            return current != null;
        }

        @Override
        public Object getFieldValue(JRField field) {
            return current.get(field.getName());
        }
    }
}
