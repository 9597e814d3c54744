package io.github.ghidanh.report.internal;

import io.github.ghidanh.core.text.VietnameseText.ToneStyle;
import io.github.ghidanh.core.view.DocumentView;
import io.github.ghidanh.report.DocumentType;
import io.github.ghidanh.report.Format;
import io.github.ghidanh.report.RenderOptions;
import io.github.ghidanh.report.ReportException;
import io.github.ghidanh.report.Table;
import io.github.ghidanh.report.spi.PreparedDocument;
import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;
import java.util.stream.Stream;
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
import net.sf.jasperreports.engine.util.JRSaver;
import net.sf.jasperreports.engine.util.JRSwapFile;
import net.sf.jasperreports.export.SimpleDocxExporterConfiguration;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.export.SimpleXlsxExporterConfiguration;
import net.sf.jasperreports.export.SimpleXlsxReportConfiguration;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.pdf.SimplePdfExporterConfiguration;
import net.sf.jasperreports.pdf.type.PdfaConformanceEnum;

/**
 * Fills a compiled template from a document spec and exports it, then makes the bytes
 * reproducible. Immutable: the host's templates are compiled when it is made; the private
 * JasperReports context and the cache of the library's compiled templates are shared per JVM.
 */
public final class Engine {
    static final String ICC_RESOURCE = "io/github/ghidanh/report/internal/sRGB.icc";
    /** Whether the build step put the sRGB profile on the classpath; looked up once, not per render. */
    private static final boolean ICC_PRESENT = Engine.class.getClassLoader().getResource(ICC_RESOURCE) != null;
    private static final SimpleJasperReportsContext CONTEXT = newContext();

    private final Path swapRoot;
    private final int threshold;
    private final Map<DocumentType, JasperReport> hostTemplates;
    private final ChartRenderer chart = new ChartRenderer();

    /**
     * Filled pages a swap-file virtualizer keeps in memory. Measured at 100,000 entries in -Xmx128m
     * (docs/performance.md, line 2): 200 pages ≈ 53 s, 100 ≈ 52 s, 60 ≈ 49 s, 20 ≈ 52 s; fewer pages
     * leave the collector more room, too few make the virtualizer swap pages back in during the fill.
     */
    static final int PAGES_IN_MEMORY = 64;

    /** A host's own template for one document, as the host gave it: JRXML or compiled, and where it came from. */
    public record HostTemplate(String origin, boolean compiled, byte[] content) {
    }

    /** What one render fills: the template, its parameters, and what the data source needs for the rows. */
    private record Job(DocumentType type, DocSpec spec, Labels labels, Map<String, Columns.Column> columnsByField,
            Map<String, Object> params, JasperReport report) {
    }

    /** Compiles or loads the host's templates now, so that a broken one fails here and not in a render. */
    public Engine(Path swapRoot, int virtualizerThreshold, Map<DocumentType, HostTemplate> hostTemplates) {
        this.swapRoot = swapRoot;
        this.threshold = virtualizerThreshold;
        Map<DocumentType, JasperReport> host = new EnumMap<>(DocumentType.class);
        hostTemplates.forEach((type, t) -> host.put(type, HostTemplates.load(type, t, CONTEXT)));
        this.hostTemplates = Collections.unmodifiableMap(host);
    }

    /** Our own context: never the global default one. */
    static SimpleJasperReportsContext newContext() {
        SimpleJasperReportsContext ctx = new SimpleJasperReportsContext();
        Fonts.register(ctx);
        ctx.setProperty("net.sf.jasperreports.default.font.name", Fonts.FAMILY);
        ctx.setProperty("net.sf.jasperreports.default.pdf.embedded", "true");
        ctx.setProperty("net.sf.jasperreports.default.pdf.encoding", "Identity-H");
        ctx.setProperty("net.sf.jasperreports.awt.ignore.missing.font", "false");
        ctx.setProperty("net.sf.jasperreports.export.pdf.force.linebreak.policy", "false");
        return ctx;
    }

    /**
     * The template, parameters and rows of {@code view}. With a host template the rows answer every
     * column of the document's tables (the template picks its fields) and the column choice of the
     * options does not apply; otherwise they answer the chosen columns of the library's layout.
     */
    private Job job(DocumentType type, DocumentView view, RenderOptions options) {
        // a view without a context is refused below (Documents.spec); its labels are the default ones
        Labels labels = Labels.of(options.locale(), view.context() == null ? ToneStyle.OLD : view.context().toneStyle());
        JasperReport host = hostTemplates.get(type);
        Map<Table, List<Columns.Column>> cols = new EnumMap<>(Table.class);
        Map<String, Columns.Column> byField = new HashMap<>();
        boolean defaults = true;
        for (Table t : host == null ? type.tables() : TemplateNames.rowTables(type)) {
            List<Columns.Column> c = Columns.resolve(t, host == null ? options.columns(t) : t.availableColumns());
            if (options.showCitizenIds()) {
                c = c.stream().map(Columns::unmasked).toList();
            }
            cols.put(t, c);
            c.forEach(x -> byField.put(x.fieldName(), x));
            defaults &= options.hasDefaultColumns(t);
        }
        DocSpec spec;
        try {
            spec = Documents.spec(view, labels, chart);
            TextLimits.check(spec, byField, labels); // before filling: an endless text would keep the filler busy for minutes
        } catch (ReportException e) {
            throw e;
        } catch (RuntimeException e) { // e.g. a date outside the years a document can print
            throw Messages.error("report.data", e, type, Messages.describe(e));
        }
        Map<String, Object> params = new HashMap<>(spec.params());
        params.replaceAll((k, v) -> v instanceof String s ? Markup.xmlSafe(s) : v); // no character XML forbids
        for (List<Columns.Column> list : cols.values()) {
            for (Columns.Column c : list) {
                params.put(c.headerParameter(), labels.get(c.table().name() + "." + c.id()));
            }
        }
        params.put(JRParameter.REPORT_LOCALE, labels.locale());
        JasperReport report = host;
        if (report == null) {
            try {
                report = Templates.get(type, spec.format(), cols, defaults, CONTEXT);
            } catch (RuntimeException e) {
                throw Messages.error("report.template", e, type, e.getMessage());
            }
        }
        return new Job(type, spec, labels, byField, params, report);
    }

    public void render(DocumentView view, RenderOptions options, OutputStream out) {
        DocumentType type = DocumentType.of(view);
        if (options.format() == Format.XLSX && !type.tabular()) {
            throw Messages.error("report.format.unsupported", type.name());
        }
        if (options.format() == Format.XLSX && !hostTemplates.containsKey(type)) {
            // the library's XLSX is a table written row by row, not an export of the printed pages (decision 0009)
            XlsxTables.render(type, view, options, chart, swapRoot, threshold, out);
            return;
        }
        Job job = job(type, view, options);
        DocSpec spec = job.spec();
        Map<String, Object> params = new HashMap<>(job.params());
        boolean big = spec.lines().size() > threshold;
        // a big PDF of our own layouts is filled and exported at once, page by page (StreamingPdf): no
        // virtualizer; a host's template may hold elements evaluated later, and DOCX/XLSX exporters
        // need the whole document, so those keep the swap-file virtualizer
        boolean streamed = big && options.format() == Format.PDF && hostTemplates.get(type) == null;
        Path swapDir = null;
        JRSwapFileVirtualizer virtualizer = null;
        Path part = null;
        try {
            if (big) {
                Path root = swapRoot != null ? swapRoot : Path.of(System.getProperty("java.io.tmpdir"));
                Files.createDirectories(root);
                swapDir = Files.createTempDirectory(root, "ghidanh-swap-");
            }
            if (streamed) {
                part = Files.createTempFile(swapDir, "export-", "." + options.format().extension());
                try (OutputStream o = new BufferedOutputStream(Files.newOutputStream(part))) {
                    StreamingPdf.Exporter e = new StreamingPdf.Exporter(CONTEXT, spec.date());
                    e.setExporterOutput(new SimpleOutputStreamExporterOutput(o));
                    e.setConfiguration(pdfConfiguration(spec, options));
                    StreamingPdf.fillAndExport(CONTEXT, job.report(), params,
                            new LineDataSource(spec.lines(), job.columnsByField(), job.labels()), e);
                }
                Reproducible.normalize(part, options.format(), spec.date(), docxSetup(job.report()), out);
                return;
            }
            if (big) {
                virtualizer = new JRSwapFileVirtualizer(PAGES_IN_MEMORY, new JRSwapFile(CONTEXT, swapDir.toString(), 4096, 256), true);
                params.put(JRParameter.REPORT_VIRTUALIZER, virtualizer);
            }
            JasperPrint print = JasperFillManager.getInstance(CONTEXT).fill(job.report(), params,
                    new LineDataSource(spec.lines(), job.columnsByField(), job.labels()));
            if (virtualizer != null) {
                virtualizer.setReadOnly(true);
            }
            if (big) {
                part = Files.createTempFile(swapDir, "export-", "." + options.format().extension());
                try (OutputStream o = new BufferedOutputStream(Files.newOutputStream(part))) {
                    export(print, spec, options, o);
                }
                Reproducible.normalize(part, options.format(), spec.date(), docxSetup(job.report()), out);
            } else {
                ExportBuffer buf = new ExportBuffer();
                export(print, spec, options, buf);
                Reproducible.normalize(buf.array(), buf.size(), options.format(), spec.date(), docxSetup(job.report()), out);
            }
        } catch (JRException | RuntimeException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof ReportException r) {
                    throw r;
                }
            }
            throw Messages.error("report.render", e, type, options.format(), e.getMessage());
        } catch (IOException e) {
            throw Messages.error("report.io", e, type, options.format(), e.getMessage());
        } finally {
            if (virtualizer != null) {
                virtualizer.cleanup();
            }
            if (swapDir != null) {
                deleteTree(swapDir);
            }
        }
    }

    /** The compiled template, parameters and rows a render of {@code view} with {@code options} fills. */
    public PreparedDocument prepare(DocumentView view, RenderOptions options) {
        DocumentType type = DocumentType.of(view);
        Job job = job(type, view, options);
        java.io.ByteArrayOutputStream template = new java.io.ByteArrayOutputStream(64 * 1024);
        try {
            JRSaver.saveObject(job.report(), template);
        } catch (JRException e) {
            throw Messages.error("report.template", e, type, e.getMessage());
        }
        List<String> fields = new ArrayList<>();
        for (JRField f : job.report().getFields() == null ? new JRField[0] : job.report().getFields()) {
            fields.add(f.getName());
        }
        return new Prepared(type.name(), template.toByteArray(), Collections.unmodifiableMap(job.params()),
                new Rows(job.spec().lines(), new LineDataSource(job.spec().lines(), job.columnsByField(), job.labels()), fields));
    }

    /** A render's template and data, for tools (see {@link PreparedDocument}). */
    private record Prepared(String documentType, byte[] template, Map<String, Object> parameters,
            List<Map<String, Object>> rows) implements PreparedDocument {
        @Override
        public InputStream compiledTemplate() {
            return new ByteArrayInputStream(template);
        }
    }

    /** The rows of a prepared document, each made when it is read. */
    private static final class Rows extends AbstractList<Map<String, Object>> implements RandomAccess {
        private final List<Line> lines;
        private final LineDataSource values;
        private final List<String> fields;

        Rows(List<Line> lines, LineDataSource values, List<String> fields) {
            this.lines = lines;
            this.values = values;
            this.fields = List.copyOf(fields);
        }

        @Override
        public Map<String, Object> get(int index) {
            Line line = lines.get(index);
            Map<String, Object> row = new LinkedHashMap<>();
            for (String f : fields) {
                Object v = values.value(line, f);
                if (v != null) {
                    row.put(f, v);
                }
            }
            return Collections.unmodifiableMap(row);
        }

        @Override
        public int size() {
            return lines.size();
        }
    }

    private void export(JasperPrint print, DocSpec spec, RenderOptions options, OutputStream out) throws JRException {
        SimpleExporterInput in = new SimpleExporterInput(print);
        SimpleOutputStreamExporterOutput output = new SimpleOutputStreamExporterOutput(out);
        switch (options.format()) {
            case PDF -> {
                JRPdfExporter e = FixedDatePdfProducer.exporter(CONTEXT, spec.date());
                e.setExporterInput(in);
                e.setExporterOutput(output);
                e.setConfiguration(pdfConfiguration(spec, options));
                e.exportReport();
            }
            case DOCX -> {
                JRDocxExporter e = new JRDocxExporter(CONTEXT);
                e.setExporterInput(in);
                e.setExporterOutput(output);
                SimpleDocxExporterConfiguration c = new SimpleDocxExporterConfiguration();
                c.setMetadataTitle(spec.title());
                c.setMetadataAuthor(spec.author());
                c.setMetadataSubject(spec.subject());
                c.setMetadataKeywords(spec.keywords());
                c.setMetadataApplication("ghidanh");
                e.setConfiguration(c);
                e.exportReport();
            }
            case XLSX -> {
                JRXlsxExporter e = new JRXlsxExporter(CONTEXT);
                e.setExporterInput(in);
                e.setExporterOutput(output);
                SimpleXlsxReportConfiguration r = new SimpleXlsxReportConfiguration();
                r.setOnePagePerSheet(false);
                r.setRemoveEmptySpaceBetweenRows(true);
                r.setDetectCellType(false);
                r.setWhitePageBackground(false);
                r.setIgnorePageMargins(true);
                r.setSheetNames(new String[] {"ghidanh"});
                e.setConfiguration(r);
                SimpleXlsxExporterConfiguration c = new SimpleXlsxExporterConfiguration();
                c.setMetadataTitle(spec.title());
                c.setMetadataAuthor(spec.author());
                c.setMetadataSubject(spec.subject());
                c.setMetadataKeywords(spec.keywords());
                c.setMetadataApplication("ghidanh");
                e.setConfiguration(c);
                e.exportReport();
            }
            default -> throw new IllegalArgumentException(options.format().toString());
        }
    }

    /** The PDF exporter's settings: metadata, and PDF/A-1a tagging for the archival variant. */
    private static SimplePdfExporterConfiguration pdfConfiguration(DocSpec spec, RenderOptions options) {
        SimplePdfExporterConfiguration c = new SimplePdfExporterConfiguration();
        c.setMetadataTitle(spec.title());
        c.setMetadataAuthor(spec.author());
        c.setMetadataSubject(spec.subject());
        c.setMetadataKeywords(spec.keywords());
        c.setMetadataCreator("ghidanh");
        c.setDisplayMetadataTitle(true);
        if (options.archival()) {
            if (!ICC_PRESENT) {
                throw Messages.error("report.archival.icc", ICC_RESOURCE);
            }
            c.setPdfaConformance(PdfaConformanceEnum.PDFA_1A);
            c.setTagged(true);
            c.setTagLanguage("vi-VN");
            c.setIccProfilePath(ICC_RESOURCE);
        }
        return c;
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException ignored) {
                    // best effort; the folder is ours and temporary
                }
            });
        } catch (IOException ignored) {
            // best effort
        }
    }

    /** 10 mm: the page number's distance from the top edge (HD 36 as the secondary sources give it). */
    private static final int HEADER_TWIPS = 567;

    /** The DOCX page setup of the library's own layouts; null for a host's template, whose DOCX stays as exported. */
    static Reproducible.DocxSetup docxSetup(JasperReport report) {
        String pages = report.getProperty(DesignFactory.DOCX_PAGES);
        if (pages == null) {
            return null;
        }
        return new Reproducible.DocxSetup(DesignFactory.MARGIN_TOP * 20, DesignFactory.MARGIN_BOTTOM * 20, HEADER_TWIPS,
                pages.equals("numbered"));
    }

    /** The exported bytes, patched in place by {@link Reproducible} without a copy of the whole document. */
    private static final class ExportBuffer extends java.io.ByteArrayOutputStream {
        ExportBuffer() {
            super(64 * 1024);
        }

        byte[] array() {
            return buf;
        }
    }
}
