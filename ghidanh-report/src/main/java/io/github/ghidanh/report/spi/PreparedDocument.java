package io.github.ghidanh.report.spi;

import java.io.InputStream;
import java.util.List;
import java.util.Map;

/**
 * The compiled template of one document and the data a render fills it with, as
 * {@link io.github.ghidanh.report.Reports#prepare Reports.prepare} returns them: for tools that fill
 * the template with JasperReports themselves, such as the benchmarks' floor (the same template and
 * rows without the library around them), or a template author who wants to see what a document
 * provides. Rendering a document never needs it.
 *
 * <p>No JasperReports type appears here, so a host can upgrade JasperReports without recompiling
 * against this interface: the template is bytes, the data plain Java values. Instances are made by
 * the library only (hosts do not implement this interface), are immutable and may be read from
 * several threads.
 */
public interface PreparedDocument {

    /**
     * The document: the name of its {@link io.github.ghidanh.report.DocumentType} constant, e.g.
     * {@code "HONOUR_ROLL"} (a name, so that this package depends on nothing else of the module).
     */
    String documentType();

    /**
     * A new stream over the compiled template the library fills for this document: a JasperReports
     * {@code .jasper} file (a serialised {@code net.sf.jasperreports.engine.JasperReport}), to be read
     * with {@code JRLoader.loadObject}. The library's own layout, or the host's template if the
     * {@code Reports} has one for this document.
     */
    InputStream compiledTemplate();

    /**
     * The parameters, by name (docs/reports.md lists them): text as {@code String}, the ward summary's
     * chart as PNG {@code byte[]}, and {@code REPORT_LOCALE} as a {@code java.util.Locale}. Unmodifiable.
     */
    Map<String, Object> parameters();

    /**
     * The body rows in order; each maps the name of every field the template declares to its value
     * (a {@code String}, or an {@code Integer} for {@code block}); a field whose value is null is left
     * out. Each row is made when it is read, so a large document costs no memory until then; a row
     * the view cannot print throws the same {@code ReportException} as a render would. Unmodifiable.
     */
    List<Map<String, Object>> rows();
}
