package io.github.ghidanh.benchmarks;

import io.github.ghidanh.core.view.HonourRollView;
import io.github.ghidanh.report.Format;
import io.github.ghidanh.report.RenderOptions;
import io.github.ghidanh.report.Reports;
import io.github.ghidanh.report.spi.PreparedDocument;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.sf.jasperreports.engine.JRDataSource;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRField;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.SimpleJasperReportsContext;
import net.sf.jasperreports.engine.export.ooxml.JRDocxExporter;
import net.sf.jasperreports.engine.export.ooxml.JRXlsxExporter;
import net.sf.jasperreports.engine.fill.JRSwapFileVirtualizer;
import net.sf.jasperreports.engine.fonts.FontFamily;
import net.sf.jasperreports.engine.fonts.SimpleFontFace;
import net.sf.jasperreports.engine.fonts.SimpleFontFamily;
import net.sf.jasperreports.engine.util.JRLoader;
import net.sf.jasperreports.engine.util.JRSwapFile;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.export.SimpleXlsxReportConfiguration;
import net.sf.jasperreports.pdf.JRPdfExporter;

/**
 * The floor: the library's own compiled honour-roll template, filled by plain JasperReports from rows
 * prepared beforehand (every cell already a finished string) through a plain {@link JRDataSource} over
 * an array, and exported by the plain exporters. The template and the rows come from the library's
 * public hook for such tools, {@link Reports#prepare} (a {@link PreparedDocument}: the compiled
 * template as bytes, the parameters and rows as plain maps), so both sides print the same document.
 * No library code runs while the floor is timed; the rows and parameters are prepared in the set-up.
 */
public final class Floor {
    static final SimpleJasperReportsContext CONTEXT = context();

    private final JasperReport report;
    private final Map<String, Object> params;
    private final Map<String, Integer> fieldIndex = new HashMap<>();
    private final Object[][] rows;

    public Floor(HonourRollView view) {
        this(view, null);
    }

    /**
     * @param compiled the template to use, or null to load the library's compiled template
     */
    public Floor(HonourRollView view, JasperReport compiled) {
        PreparedDocument doc = Reports.create().prepare(view, RenderOptions.of(Format.PDF));
        if (compiled != null) {
            report = compiled;
        } else {
            try (InputStream in = doc.compiledTemplate()) {
                report = (JasperReport) JRLoader.loadObject(CONTEXT, in);
            } catch (Exception e) {
                throw new IllegalStateException("cannot load the compiled template", e);
            }
        }
        params = Map.copyOf(doc.parameters());
        JRField[] fields = report.getFields();
        for (int i = 0; i < fields.length; i++) {
            fieldIndex.put(fields[i].getName(), i);
        }
        List<Map<String, Object>> prepared = doc.rows();
        rows = new Object[prepared.size()][];
        for (int r = 0; r < rows.length; r++) {
            Map<String, Object> values = prepared.get(r);
            Object[] row = new Object[fields.length];
            for (int i = 0; i < fields.length; i++) {
                row[i] = values.get(fields[i].getName());
            }
            rows[r] = row;
        }
    }

    public int rows() {
        return rows.length;
    }

    /** Fill + export to bytes. */
    public byte[] render(Format format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        render(format, out, null);
        return out.toByteArray();
    }

    /** Fill (with a swap-file virtualizer in {@code swapDir} when not null) + export into {@code out}. */
    public void render(Format format, OutputStream out, Path swapDir) {
        Map<String, Object> p = new HashMap<>(params);
        JRSwapFileVirtualizer virtualizer = null;
        try {
            if (swapDir != null) {
                Files.createDirectories(swapDir);
                // the same settings as the library (ghidanh-report Engine: 64 pages in memory)
                virtualizer = new JRSwapFileVirtualizer(64, new JRSwapFile(CONTEXT, swapDir.toString(), 4096, 256), true);
                p.put(JRParameter.REPORT_VIRTUALIZER, virtualizer);
            }
            JasperPrint print = JasperFillManager.getInstance(CONTEXT).fill(report, p, new ArrayDataSource());
            if (virtualizer != null) {
                virtualizer.setReadOnly(true);
            }
            SimpleExporterInput in = new SimpleExporterInput(print);
            SimpleOutputStreamExporterOutput o = new SimpleOutputStreamExporterOutput(out);
            switch (format) {
                case PDF -> {
                    JRPdfExporter e = new JRPdfExporter(CONTEXT);
                    e.setExporterInput(in);
                    e.setExporterOutput(o);
                    e.exportReport();
                }
                case DOCX -> {
                    JRDocxExporter e = new JRDocxExporter(CONTEXT);
                    e.setExporterInput(in);
                    e.setExporterOutput(o);
                    e.exportReport();
                }
                case XLSX -> {
                    JRXlsxExporter e = new JRXlsxExporter(CONTEXT);
                    e.setExporterInput(in);
                    e.setExporterOutput(o);
                    SimpleXlsxReportConfiguration r = new SimpleXlsxReportConfiguration();
                    r.setOnePagePerSheet(false);
                    r.setRemoveEmptySpaceBetweenRows(true);
                    r.setDetectCellType(false);
                    r.setWhitePageBackground(false);
                    r.setIgnorePageMargins(true);
                    e.setConfiguration(r);
                    e.exportReport();
                }
                default -> throw new IllegalArgumentException(format.toString());
            }
        } catch (JRException | java.io.IOException e) {
            throw new IllegalStateException(e);
        } finally {
            if (virtualizer != null) {
                virtualizer.cleanup();
            }
        }
    }

    /** A plain JasperReports context with the same font family (Liberation Serif TTFs, Identity-H, embedded). */
    static SimpleJasperReportsContext context() {
        SimpleJasperReportsContext ctx = new SimpleJasperReportsContext();
        SimpleFontFamily f = new SimpleFontFamily(ctx);
        f.setName("Liberation Serif");
        f.setNormalFace(face(ctx, "Regular"));
        f.setBoldFace(face(ctx, "Bold"));
        f.setItalicFace(face(ctx, "Italic"));
        f.setBoldItalicFace(face(ctx, "BoldItalic"));
        f.setPdfEncoding("Identity-H");
        f.setPdfEmbedded(Boolean.TRUE);
        f.setExportFonts(Map.of(JRDocxExporter.DOCX_EXPORTER_KEY, "Times New Roman",
                JRXlsxExporter.XLSX_EXPORTER_KEY, "Times New Roman"));
        ctx.setExtensions(FontFamily.class, List.of(f));
        ctx.setProperty("net.sf.jasperreports.default.font.name", "Liberation Serif");
        ctx.setProperty("net.sf.jasperreports.default.pdf.embedded", "true");
        ctx.setProperty("net.sf.jasperreports.default.pdf.encoding", "Identity-H");
        ctx.setProperty("net.sf.jasperreports.export.pdf.force.linebreak.policy", "false");
        return ctx;
    }

    private static SimpleFontFace face(SimpleJasperReportsContext ctx, String style) {
        SimpleFontFace face = new SimpleFontFace(ctx);
        face.setTtf("liberation/LiberationSerif-" + style + ".ttf");
        return face;
    }

    /** The plain data source: an index into prepared rows. */
    private final class ArrayDataSource implements JRDataSource {
        private int i = -1;

        @Override
        public boolean next() {
            return ++i < rows.length;
        }

        @Override
        public Object getFieldValue(JRField field) {
            Integer k = fieldIndex.get(field.getName());
            return k == null ? null : rows[i][k];
        }
    }
}
