package io.github.ghidanh.report.internal;

import static io.github.ghidanh.report.internal.TemplateNames.P_ISSUING_BODY;
import static io.github.ghidanh.report.internal.TemplateNames.P_MOTTO;
import static io.github.ghidanh.report.internal.TemplateNames.P_NATIONAL_HEADING;
import static io.github.ghidanh.report.internal.TemplateNames.P_PLACE_AND_DATE;
import static io.github.ghidanh.report.internal.TemplateNames.P_SUBTITLE;
import static io.github.ghidanh.report.internal.TemplateNames.P_SUPERIOR_BODY;
import static io.github.ghidanh.report.internal.TemplateNames.P_TITLE;
import static io.github.ghidanh.report.internal.TemplateNames.P_TITLE_NOTE;

import io.github.ghidanh.core.view.DocumentView;
import io.github.ghidanh.report.DocumentType;
import io.github.ghidanh.report.Format;
import io.github.ghidanh.report.RenderOptions;
import io.github.ghidanh.report.ReportException;
import io.github.ghidanh.report.Table;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.FontFamily;
import org.apache.poi.ss.usermodel.FontScheme;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The XLSX form of the tabular documents, written row by row with Apache POI's streaming API
 * (SXSSF; decision 0009): one sheet per table with the document's header block above it, one header
 * row, one row per entry, typed cells, the header frozen and filtered, and a print setup (A4
 * landscape, one page wide, the header row on every page). No JasperReports fill is involved: the
 * printed layout's pages, spacer columns and repeated headers have no place in a spreadsheet. The
 * bytes go through {@link Reproducible} like every other OOXML file, so the same input gives the
 * same file.
 */
final class XlsxTables {
    /** The font of every cell, as in the other formats' documents. */
    static final String FONT = "Times New Roman";
    /** Rows the streaming writer keeps in memory; the older ones are already on their way to the file. */
    private static final int WINDOW = 200;

    private final Labels labels;
    private final DocSpec spec;
    private final SXSSFWorkbook wb;
    private final CellStyle block;
    private final CellStyle blockBold;
    private final CellStyle head;
    private final CellStyle text;
    private final CellStyle number;
    private final CellStyle date;
    private final CellStyle textBold;
    private final CellStyle numberBold;

    private XlsxTables(DocSpec spec, Labels labels, SXSSFWorkbook wb) {
        this.spec = spec;
        this.labels = labels;
        this.wb = wb;
        XSSFFont base = wb.getXSSFWorkbook().getFontAt(0); // the workbook's default font: also what empty cells show
        base.setFontName(FONT);
        base.setScheme(FontScheme.NONE); // POI's default font follows the theme's ("minor"), which a reader may prefer to the name
        base.setFamily(FontFamily.ROMAN); // and is of the sans-serif family, the fallback where Times New Roman is missing
        base.setFontHeightInPoints((short) 12);
        Font bold = wb.createFont();
        bold.setFontName(FONT);
        bold.setFontHeightInPoints((short) 12);
        bold.setBold(true);
        ((XSSFFont) bold).setFamily(FontFamily.ROMAN);
        block = wb.createCellStyle();
        block.setFont(base);
        block.setAlignment(HorizontalAlignment.CENTER);
        blockBold = wb.createCellStyle();
        blockBold.cloneStyleFrom(block);
        blockBold.setFont(bold);
        head = bordered(bold, HorizontalAlignment.CENTER);
        head.setVerticalAlignment(VerticalAlignment.CENTER);
        head.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        head.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        text = bordered(base, HorizontalAlignment.LEFT);
        number = bordered(base, HorizontalAlignment.CENTER);
        date = bordered(base, HorizontalAlignment.CENTER);
        date.setDataFormat(wb.createDataFormat().getFormat(labels.english() ? "yyyy-mm-dd" : "dd/mm/yyyy"));
        textBold = bordered(bold, HorizontalAlignment.LEFT);
        numberBold = bordered(bold, HorizontalAlignment.CENTER);
    }

    private CellStyle bordered(Font font, HorizontalAlignment align) {
        CellStyle s = wb.createCellStyle();
        s.setFont(font);
        s.setAlignment(align);
        s.setVerticalAlignment(VerticalAlignment.TOP);
        s.setWrapText(true);
        s.setBorderTop(BorderStyle.THIN);
        s.setBorderBottom(BorderStyle.THIN);
        s.setBorderLeft(BorderStyle.THIN);
        s.setBorderRight(BorderStyle.THIN);
        return s;
    }

    /**
     * Renders {@code view} as XLSX tables into {@code out}. The columns are those {@code options}
     * chooses (with the citizen ids in full when it says so), split and typed by {@link XlsxColumns}.
     * Above {@code threshold} rows the file is assembled in {@code swapRoot} (or the system temp
     * folder) rather than in memory.
     */
    static void render(DocumentType type, DocumentView view, RenderOptions options, ChartRenderer chart, Path swapRoot,
            int threshold, OutputStream out) {
        Labels labels = Labels.of(options.locale());
        Map<Table, List<Columns.Column>> cols = new EnumMap<>(Table.class);
        Map<String, Columns.Column> byField = new HashMap<>();
        for (Table t : type.tables()) {
            List<Columns.Column> c = Columns.resolve(t, options.columns(t));
            if (options.showCitizenIds()) {
                c = c.stream().map(Columns::unmasked).toList();
            }
            cols.put(t, c);
            c.forEach(x -> byField.put(x.fieldName(), x));
        }
        DocSpec spec;
        try {
            spec = Documents.spec(view, labels, chart);
            TextLimits.check(spec, byField, labels);
        } catch (ReportException e) {
            throw e;
        } catch (RuntimeException e) {
            throw Messages.error("report.data", e, type, Messages.describe(e));
        }
        Path part = null;
        SXSSFWorkbook wb = new SXSSFWorkbook(new XSSFWorkbook(), WINDOW, false, false);
        try {
            XlsxTables x = new XlsxTables(spec, labels, wb);
            for (Table t : type.tables()) {
                x.sheet(type, t, XlsxColumns.of(t, cols.get(t), labels));
            }
            x.properties();
            if (spec.lines().size() > threshold) {
                Path root = swapRoot != null ? swapRoot : Path.of(System.getProperty("java.io.tmpdir"));
                Files.createDirectories(root);
                part = Files.createTempFile(root, "ghidanh-xlsx-", ".xlsx");
                try (OutputStream o = new BufferedOutputStream(Files.newOutputStream(part))) {
                    wb.write(o);
                }
                wb.dispose();
                Reproducible.normalize(part, Format.XLSX, spec.date(), out);
            } else {
                ByteArrayOutputStream buf = new ByteArrayOutputStream(64 * 1024);
                wb.write(buf);
                wb.dispose();
                Reproducible.normalize(buf.toByteArray(), Format.XLSX, spec.date(), out);
            }
        } catch (IOException e) {
            throw Messages.error("report.io", e, type, Format.XLSX, e.getMessage());
        } catch (ReportException e) {
            throw e;
        } catch (RuntimeException e) {
            throw Messages.error("report.render", e, type, Format.XLSX, e.getMessage());
        } finally {
            wb.dispose(); // the streaming writer's own temporary files, also after a failure
            try {
                wb.close();
            } catch (IOException ignored) {
                // nothing was opened that closing could lose
            }
            if (part != null) {
                try {
                    Files.deleteIfExists(part);
                } catch (IOException ignored) {
                    // best effort: the file is ours and temporary
                }
            }
        }
    }

    /** One table on its own sheet: header block, one header row, the rows, a totals row below the filter. */
    private void sheet(DocumentType type, Table table, List<XlsxColumns.Col> cols) {
        Sheet sh = wb.createSheet(WorkbookUtil.createSafeSheetName(labels.get("xlsx.sheet." + type.name() + "." + table.name())));
        int width = cols.size();
        int r = 0;
        List<String[]> lines = new ArrayList<>();
        lines.add(new String[] {(String) spec.params().get(P_NATIONAL_HEADING), "bold"});
        lines.add(new String[] {(String) spec.params().get(P_MOTTO), "plain"});
        lines.add(new String[] {(String) spec.params().get(P_SUPERIOR_BODY), "plain"});
        lines.add(new String[] {(String) spec.params().get(P_ISSUING_BODY), "bold"});
        lines.add(new String[] {(String) spec.params().get(P_TITLE), "bold"});
        lines.add(new String[] {(String) spec.params().get(P_SUBTITLE), "bold"});
        lines.add(new String[] {(String) spec.params().get(P_TITLE_NOTE), "plain"});
        lines.add(new String[] {(String) spec.params().get(P_PLACE_AND_DATE), "plain"});
        for (String[] l : lines) {
            if (l[0] == null || l[0].isBlank()) {
                continue;
            }
            Row row = sh.createRow(r);
            Cell c = row.createCell(0);
            c.setCellValue(l[0]);
            c.setCellStyle(l[1].equals("bold") ? blockBold : block);
            if (width > 1) { // the header block spans the table; the table itself has no merged cell
                sh.addMergedRegion(new CellRangeAddress(r, r, 0, width - 1));
            }
            r++;
        }
        r++; // an empty row between the header block and the table
        int headerRow = r;
        Row hr = sh.createRow(r++);
        int headerLines = 1;
        for (int i = 0; i < width; i++) {
            Cell c = hr.createCell(i);
            c.setCellValue(cols.get(i).header());
            c.setCellStyle(head);
            sh.setColumnWidth(i, Math.min(255, cols.get(i).width()) * 256);
            headerLines = Math.max(headerLines, lines(cols.get(i).header(), cols.get(i).width()));
        }
        hr.setHeightInPoints(height(headerLines));
        Line total = null;
        for (Line line : spec.lines()) {
            if (!line.table().equals(table.name()) || line.item() == null) {
                continue;
            }
            if (line.bold()) { // the totals: after the rows, outside the filter, so sorting leaves it last
                total = line;
                continue;
            }
            row(sh.createRow(r++), cols, line.item(), false);
        }
        int lastData = r - 1;
        if (total != null) {
            row(sh.createRow(r), cols, total.item(), true);
        }
        sh.createFreezePane(0, headerRow + 1);
        sh.setAutoFilter(new CellRangeAddress(headerRow, Math.max(headerRow, lastData), 0, width - 1));
        sh.setRepeatingRows(new CellRangeAddress(headerRow, headerRow, -1, -1));
        PrintSetup ps = sh.getPrintSetup();
        ps.setPaperSize(PrintSetup.A4_PAPERSIZE);
        ps.setLandscape(true);
        ps.setFitWidth((short) 1);
        ps.setFitHeight((short) 0); // as many pages down as the rows need
        sh.setFitToPage(true);
        sh.setHorizontallyCenter(true);
        sh.setMargin(Sheet.LeftMargin, 0.6);
        sh.setMargin(Sheet.RightMargin, 0.4);
        sh.setMargin(Sheet.TopMargin, 0.6);
        sh.setMargin(Sheet.BottomMargin, 0.6);
    }

    /** Points per line of 12 pt text, as spreadsheet programs space it. */
    private static final float LINE = 15.75f;

    /**
     * The height of a row of {@code n} lines. Spreadsheet programs do not fit a row to wrapped text
     * when they open a file (LibreOffice and Excel show one line), so the writer sets it.
     */
    private static float height(int n) {
        return Math.min(409f, n * LINE + 2f); // 409 pt: the tallest row a spreadsheet allows
    }

    /**
     * The lines {@code s} takes in a column {@code width} characters wide: each line break starts one,
     * and a long line wraps every {@code width} characters (a width counts the digit "0", wider than
     * most letters, which leaves room for the words that wrap early).
     */
    static int lines(String s, int width) {
        int per = Math.max(1, width - 1);
        int n = 0;
        int start = 0;
        while (true) {
            int end = s.indexOf('\n', start);
            int len = (end < 0 ? s.length() : end) - start;
            n += Math.max(1, (len + per - 1) / per);
            if (end < 0) {
                return n;
            }
            start = end + 1;
        }
    }

    private void row(Row row, List<XlsxColumns.Col> cols, Object item, boolean bold) {
        int n = 1;
        for (int i = 0; i < cols.size(); i++) {
            XlsxColumns.Col col = cols.get(i);
            Object v = col.value().apply(item, labels);
            Cell c = row.createCell(i);
            switch (col.kind()) {
                case NUMBER -> {
                    c.setCellStyle(bold ? numberBold : number);
                    if (v instanceof Number num) {
                        c.setCellValue(num.doubleValue());
                    }
                }
                case DATE -> {
                    if (v instanceof LocalDate d && (d.getYear() < 1900 || d.getYear() > 9999)) {
                        // outside the dates a spreadsheet can hold: the printed date, as text
                        c.setCellStyle(bold ? textBold : text);
                        c.setCellValue(labels.shortDate(d));
                    } else {
                        c.setCellStyle(date);
                        if (v instanceof LocalDate day) {
                            c.setCellValue(day);
                        }
                    }
                }
                default -> {
                    c.setCellStyle(bold ? textBold : text);
                    String s = v == null ? "" : v.toString();
                    if (!s.isEmpty()) {
                        c.setCellValue(Markup.xmlSafe(s)); // a text cell whatever it begins with: never a formula
                        n = Math.max(n, lines(s, col.width()));
                    }
                }
            }
        }
        if (n > 1) {
            row.setHeightInPoints(height(n));
        }
    }

    /** The document properties, dated the document's date (as {@link Reproducible} sets them again). */
    private void properties() {
        POIXMLProperties p = wb.getXSSFWorkbook().getProperties();
        Date at = Date.from(spec.date().atStartOfDay(ZoneOffset.UTC).toInstant());
        POIXMLProperties.CoreProperties core = p.getCoreProperties();
        core.setTitle(spec.title());
        core.setCreator(spec.author());
        core.setSubjectProperty(spec.subject());
        core.setKeywords(spec.keywords());
        core.setCreated(Optional.of(at));
        core.setModified(Optional.of(at));
        p.getExtendedProperties().getUnderlyingProperties().setApplication("ghidanh");
    }
}
