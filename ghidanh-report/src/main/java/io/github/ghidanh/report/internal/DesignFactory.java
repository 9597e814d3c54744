package io.github.ghidanh.report.internal;

import static io.github.ghidanh.report.internal.TemplateNames.*;

import io.github.ghidanh.core.model.OrganisationKind;
import io.github.ghidanh.report.DocumentType;
import io.github.ghidanh.report.Table;
import java.awt.Color;
import java.util.List;
import java.util.Map;
import net.sf.jasperreports.engine.JRBand;
import net.sf.jasperreports.engine.JRElement;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRGroup;
import net.sf.jasperreports.engine.design.JRDesignBand;
import net.sf.jasperreports.engine.design.JRDesignElement;
import net.sf.jasperreports.engine.design.JRDesignExpression;
import net.sf.jasperreports.engine.design.JRDesignField;
import net.sf.jasperreports.engine.design.JRDesignFrame;
import net.sf.jasperreports.engine.design.JRDesignGroup;
import net.sf.jasperreports.engine.design.JRDesignImage;
import net.sf.jasperreports.engine.design.JRDesignLine;
import net.sf.jasperreports.engine.design.JRDesignParameter;
import net.sf.jasperreports.engine.design.JRDesignSection;
import net.sf.jasperreports.engine.design.JRDesignStyle;
import net.sf.jasperreports.engine.design.JRDesignTextField;
import net.sf.jasperreports.engine.design.JasperDesign;
import net.sf.jasperreports.engine.type.HorizontalImageAlignEnum;
import net.sf.jasperreports.engine.type.HorizontalTextAlignEnum;
import net.sf.jasperreports.engine.type.LineStyleEnum;
import net.sf.jasperreports.engine.type.OrientationEnum;
import net.sf.jasperreports.engine.type.PositionTypeEnum;
import net.sf.jasperreports.engine.type.ScaleImageEnum;
import net.sf.jasperreports.engine.type.SplitTypeEnum;
import net.sf.jasperreports.engine.type.StretchTypeEnum;
import net.sf.jasperreports.engine.type.TextAdjustEnum;
import net.sf.jasperreports.engine.type.VerticalTextAlignEnum;
import net.sf.jasperreports.engine.type.WhenNoDataTypeEnum;

/**
 * Builds the page layout of every document as a JasperReports design: A4, the party (Hướng dẫn
 * 36-HD/VPTW) or state (Nghị định 30/2020/NĐ-CP) header, the number and date line, title lines, a
 * body of paragraph and table rows driven by the data source, the "Nơi nhận" and signature block, and
 * the page number in the top margin from page 2 on. Tables are laid out from their column list (data), sharing the printable
 * width by weight; all cells of a row are disjoint rectangles so DOCX/XLSX keep every one.
 *
 * <p>Every value comes in through parameters ({@code P_*}) or fields; labels are resolved in Java
 * from resource bundles, so one compiled design serves every language.
 */
final class DesignFactory {
    private static final int HEADER_HEIGHT = 40;

    static final String FONT = Fonts.FAMILY;

    private static final float TABLE_FONT = 10f;
    /** 20.1 mm: NĐ 30 Phụ lục I Mục I.3 (20–25 mm); HD 36 as found, 20 mm. */
    static final int MARGIN_TOP = 57;
    /** 20.1 mm, as the top. */
    static final int MARGIN_BOTTOM = 57;
    /** 30.3 mm: NĐ 30 (30–35 mm); HD 36 as found, 30 mm. */
    static final int MARGIN_LEFT = 86;
    /**
     * 15.9 mm: NĐ 30 (15–20 mm); HD 36 as found, 15 mm. Not 15.2: a justified line's last glyph may
     * reach 1.5 pt past the text box.
     */
    static final int MARGIN_RIGHT = 45;
    /** A design property of the library's own layouts: how their DOCX pages are set up after export (decision 0007). */
    static final String DOCX_PAGES = "io.github.ghidanh.docx.pages";
    /** The lower part of the top margin that holds the page number: it starts 9.9 mm from the top edge. */
    static final int PAGE_NUMBER_BAND = 29;
    private static final float PEN = 0.5f;

    private final JasperDesign d = new JasperDesign();
    private final DocumentType type;
    private final OrganisationKind format;
    private final int width;
    private final int leftW;

    private DesignFactory(DocumentType type, OrganisationKind format) {
        this.type = type;
        this.format = format;
        if (landscape(type)) {
            d.setPageWidth(842);
            d.setPageHeight(595);
            d.setOrientation(OrientationEnum.LANDSCAPE);
        } else {
            d.setPageWidth(595);
            d.setPageHeight(842);
            d.setOrientation(OrientationEnum.PORTRAIT);
        }
        // the same margins in both orientations and both formats (docs/reports.md, "Page setup"):
        // 20 mm top and bottom, 30 mm left, 15 mm right. The page number sits in the top margin: the
        // design's top margin is the 10 mm above it and the page header band is the rest of the 20 mm.
        // Certificates carry no page number: their page starts at the 20 mm margin itself.
        d.setLeftMargin(MARGIN_LEFT);
        d.setRightMargin(MARGIN_RIGHT);
        d.setBottomMargin(MARGIN_BOTTOM);
        d.setTopMargin(type == DocumentType.CERTIFICATES ? MARGIN_TOP : MARGIN_TOP - PAGE_NUMBER_BAND);
        this.width = d.getPageWidth() - d.getLeftMargin() - d.getRightMargin();
        d.setColumnWidth(width);
        int left = format == OrganisationKind.PARTY ? (landscape(type) ? 330 : 230) : (landscape(type) ? 330 : 190);
        this.leftW = left;
    }

    /** Whether the layout of {@code type} is landscape: all but the letter (tables and certificates are wide). */
    static boolean landscape(DocumentType type) {
        return type != DocumentType.LETTER;
    }

    /** The design of {@code type} in {@code format} with the given columns for each of its tables. */
    static JasperDesign design(DocumentType type, OrganisationKind format, Map<Table, List<Columns.Column>> columns) {
        try {
            DesignFactory f = new DesignFactory(type, format);
            JasperDesign d = type == DocumentType.CERTIFICATES ? f.certificates() : f.document(columns);
            stableIds(d, Templates.baseName(type, format));
            return d;
        } catch (JRException e) {
            throw new IllegalStateException("design " + type + " " + format, e);
        }
    }

    /**
     * Ids derived from the layout's name and each element's place instead of random ones, so that the
     * same layout always gives the same JRXML: the committed {@code src/main/jrxml} files are compared
     * with what this class makes (LayoutFilesTest), and a diff shows only what changed.
     */
    private static void stableIds(JasperDesign d, String name) {
        int[] n = {0};
        java.util.function.Function<String, java.util.UUID> id = what -> java.util.UUID.nameUUIDFromBytes(
                (name + "/" + what + "/" + n[0]++).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        d.setUUID(id.apply("report"));
        List<JRBand> bands = new java.util.ArrayList<>();
        bands.add(d.getTitle());
        for (JRGroup g : d.getGroupsList()) {
            bands.addAll(List.of(g.getGroupHeaderSection().getBands()));
        }
        bands.addAll(List.of(d.getDetailSection().getBands()));
        bands.add(d.getSummary());
        bands.add(d.getPageHeader());
        bands.add(d.getPageFooter());
        for (JRBand b : bands) {
            if (b != null) {
                stableIds(b.getElements(), id);
            }
        }
    }

    private static void stableIds(JRElement[] elements, java.util.function.Function<String, java.util.UUID> id) {
        for (JRElement e : elements) {
            ((JRDesignElement) e).setUUID(id.apply("element"));
            if (e instanceof JRDesignFrame f) {
                stableIds(f.getElements(), id);
            }
        }
    }

    private void common(String name) throws JRException {
        d.setName(name);
        d.setWhenNoDataType(WhenNoDataTypeEnum.ALL_SECTIONS_NO_DETAIL);
        d.setSummaryWithPageHeaderAndFooter(true);
        // a spreadsheet has no pages: leave the page numbers out of XLSX
        d.setProperty("net.sf.jasperreports.export.xls.exclude.origin.band.pageNumber", "pageHeader");
        d.setProperty("net.sf.jasperreports.export.xlsx.exclude.origin.band.pageNumber", "pageHeader");
        // DOCX: Word numbers the pages itself, from a PAGE field in the header (decision 0007)
        d.setProperty(DOCX_PAGES, type == DocumentType.CERTIFICATES ? "unnumbered" : "numbered");
        d.setProperty("net.sf.jasperreports.export.docx.exclude.origin.band.pageNumber", "pageHeader");
        d.setProperty("net.sf.jasperreports.export.xls.white.page.background", "false");
        d.setProperty("net.sf.jasperreports.export.xls.detect.cell.type", "false");
        d.setProperty("net.sf.jasperreports.export.xls.sheet.names.all", "ghidanh");
        JRDesignStyle st = new JRDesignStyle();
        st.setName("base");
        st.setDefault(true);
        st.setFontName(FONT);
        st.setFontSize(13f);
        d.addStyle(st);
        for (String p : List.of(P_SUPERIOR_BODY, P_ISSUING_BODY, P_NATIONAL_HEADING, P_MOTTO, P_NUMBER_LINE, P_PLACE_AND_DATE,
                P_SUBJECT_LINE, P_TITLE, P_SUBTITLE, P_TITLE_NOTE, P_DISTRIBUTION_LABEL, P_DISTRIBUTION, P_SIGNING_AUTHORITY,
                P_SIGNER_TITLE, P_SIGNER_NAME, P_PAGE_LABEL, P_CERTIFICATE_TITLE, P_CERTIFICATE_SUBTITLE, P_CERTIFYING_LINE,
                P_ACHIEVEMENTS_LABEL)) {
            param(p, String.class);
        }
        param(P_CHART_PNG, Object.class);
        field(F_BLOCK, Integer.class);
        for (String f : List.of(F_TABLE, F_STYLE, F_GROUP_LABEL, F_TEXT, F_HONOUREE_NAME, F_UNIT_LINE, F_RECORDED_LINE, F_ACHIEVEMENTS,
                F_ENTRY_LINE)) {
            field(f, String.class);
        }
    }

    private JasperDesign document(Map<Table, List<Columns.Column>> columns) throws JRException {
        common(type.name().toLowerCase());
        for (Table t : type.tables()) {
            for (Columns.Column c : columns.get(t)) {
                field(c.fieldName(), String.class);
                param(c.headerParameter(), String.class);
            }
        }
        // title band: header blocks, number/date, V/v, title lines
        // page 1 has no page header (no number on page 1), so the title leaves the band's height free
        JRDesignBand title = new JRDesignBand();
        int y = header(title, PAGE_NUMBER_BAND, leftW, width - leftW);
        y = numberAndDate(title, y);
        // công văn trích yếu: NĐ 30 "V/v" upright 12–13, 6 pt under the number; HD 36 Phụ lục 3 italic 12
        JRDesignTextField vv = text(0, y, leftW, 16, "$P{" + P_SUBJECT_LINE + "}", 12, false, party(), HorizontalTextAlignEnum.CENTER);
        optional(vv, P_SUBJECT_LINE);
        title.addElement(vv);
        y += 22;
        // type name: NĐ 30 13–14 bold; HD 36 15–16 bold. Trích yếu and the lines under it one bold block:
        // NĐ 30 13–14 bold, HD 36 14–15 bold
        JRDesignTextField t1 = text(0, y, width, 20, "$P{" + P_TITLE + "}", party() ? 15 : 14, true, false, HorizontalTextAlignEnum.CENTER);
        optional(t1, P_TITLE);
        title.addElement(t1);
        y += 20;
        JRDesignTextField t2 = text(0, y, width, 18, "$P{" + P_SUBTITLE + "}", 14, true, false, HorizontalTextAlignEnum.CENTER);
        optional(t2, P_SUBTITLE);
        title.addElement(t2);
        y += 18;
        JRDesignTextField t3 = text(0, y, width, 18, "$P{" + P_TITLE_NOTE + "}", 14, true, false, HorizontalTextAlignEnum.CENTER);
        optional(t3, P_TITLE_NOTE);
        title.addElement(t3);
        y += 18;
        if (!party()) {
            // NĐ 30 II.5.b: a solid line under the trích yếu, 1/3 to 1/2 of its length
            JRDesignLine under = line(width / 2 - 60, y + 3, 120);
            under.setPrintWhenExpression(expr("$P{" + P_SUBTITLE + "} != null"));
            title.addElement(under);
            y += 4;
        }
        title.setHeight(y + 8);
        d.setTitle(title);

        // groups: the block (column headers, repeated on each page) and the kind group label
        JRDesignGroup block = new JRDesignGroup();
        block.setName("block");
        block.setExpression(expr("$F{" + F_BLOCK + "}"));
        block.setReprintHeaderOnEachPage(true);
        for (Table t : type.tables()) {
            ((JRDesignSection) block.getGroupHeaderSection()).addBand(columnHeader(t, columns.get(t)));
        }
        d.addGroup(block);
        if (type.tables().contains(Table.PROPOSALS)) {
            JRDesignGroup g = new JRDesignGroup();
            g.setName("kind");
            g.setExpression(expr("$F{" + F_GROUP_LABEL + "}"));
            JRDesignBand gb = new JRDesignBand();
            gb.setHeight(18);
            gb.setPrintWhenExpression(expr("!$F{" + F_GROUP_LABEL + "}.isEmpty()"));
            JRDesignTextField gt = text(0, 0, width, 18, "$F{" + F_GROUP_LABEL + "}", TABLE_FONT + 1, true, false, HorizontalTextAlignEnum.LEFT);
            box(gt);
            gt.setVerticalTextAlign(VerticalTextAlignEnum.MIDDLE);
            gb.addElement(gt);
            ((JRDesignSection) g.getGroupHeaderSection()).addBand(gb);
            d.addGroup(g);
        }

        // detail bands: paragraphs of each style, the chart, one row band per table
        JRDesignSection detail = (JRDesignSection) d.getDetailSection();
        float body = landscape(type) ? 13f : 14f;
        detail.addBand(paragraph(S_BODY, body, false, false, HorizontalTextAlignEnum.JUSTIFIED, 0, 36, 3));
        detail.addBand(paragraph(S_HEADING, body, true, false, HorizontalTextAlignEnum.LEFT, 0, 0, 8));
        detail.addBand(paragraph(S_PLAIN, body, false, false, HorizontalTextAlignEnum.LEFT, 0, 0, 3));
        if (type == DocumentType.LETTER) {
            // "Kính gửi:" NĐ 30 II.9.d: 13–14, upright. HD 36: not found; upright 14 as the body
            detail.addBand(paragraph(S_ADDRESSEE, 14f, false, false, HorizontalTextAlignEnum.LEFT, 70, 0, 0));
            detail.addBand(paragraph(S_ADDRESSEE_CONTINUED, 14f, false, false, HorizontalTextAlignEnum.LEFT, 131, 0, 0));
        }
        JRDesignBand empty = new JRDesignBand();
        empty.setHeight(10);
        empty.setPrintWhenExpression(expr("$F{" + F_STYLE + "}.equals(\"" + S_EMPTY + "\")"));
        detail.addBand(empty);
        if (type == DocumentType.WARD_SUMMARY) {
            JRDesignBand cb = new JRDesignBand();
            cb.setHeight(276);
            cb.setSplitType(SplitTypeEnum.PREVENT);
            cb.setPrintWhenExpression(expr("$F{" + F_STYLE + "}.equals(\"" + S_CHART + "\")"));
            JRDesignTextField heading = text(0, 8, width, 18, "$F{" + F_TEXT + "}", body, true, false, HorizontalTextAlignEnum.LEFT);
            heading.setMarkup("styled");
            heading.setPositionType(PositionTypeEnum.FIX_RELATIVE_TO_TOP);
            heading.setTextAdjust(TextAdjustEnum.CUT_TEXT);
            cb.addElement(heading);
            JRDesignImage img = new JRDesignImage(d);
            img.setX(0);
            img.setY(30);
            img.setWidth(width);
            img.setHeight(242);
            img.setScaleImage(ScaleImageEnum.RETAIN_SHAPE);
            img.setHorizontalImageAlign(HorizontalImageAlignEnum.CENTER);
            img.setExpression(expr("$P{" + P_CHART_PNG + "}"));
            img.setUsingCache(false);
            cb.addElement(img);
            detail.addBand(cb);
        }
        for (Table t : type.tables()) {
            detail.addBand(tableRow(t, columns.get(t)));
        }

        d.setSummary(signature());
        d.setPageHeader(pageNumber());
        return d;
    }

    private JasperDesign certificates() throws JRException {
        common("certificates");
        d.setSummaryWithPageHeaderAndFooter(false);
        int h = d.getPageHeight() - d.getTopMargin() - d.getBottomMargin();
        JRDesignBand band = new JRDesignBand();
        band.setHeight(h);
        band.setSplitType(SplitTypeEnum.PREVENT);
        JRDesignFrame frame = new JRDesignFrame(d);
        frame.setX(0);
        frame.setY(0);
        frame.setWidth(width);
        frame.setHeight(h);
        frame.getLineBox().getPen().setLineWidth(3f);
        frame.getLineBox().getPen().setLineStyle(LineStyleEnum.DOUBLE);
        frame.getLineBox().getPen().setLineColor(new Color(0x9B, 0x1B, 0x1B));
        frame.getLineBox().setPadding(18);
        band.addElement(frame);
        int inner = width - 36;
        int lw = 330;
        JRDesignBand tmp = new JRDesignBand();
        int y = header(tmp, 0, lw, inner - lw);
        for (var e : tmp.getElements()) {
            frame.addElement((JRDesignElement) e);
        }
        y += 14;
        frame.addElement(fixed(text(0, y, inner, 40, "$P{" + P_CERTIFICATE_TITLE + "}", 28, true, false, HorizontalTextAlignEnum.CENTER), new Color(0x9B, 0x1B, 0x1B)));
        y += 44;
        frame.addElement(text(40, y, inner - 80, 40, "$P{" + P_CERTIFICATE_SUBTITLE + "}", 14, true, false, HorizontalTextAlignEnum.CENTER));
        y += 42;
        frame.addElement(text(0, y, inner, 20, "$P{" + P_CERTIFYING_LINE + "}", 14, false, true, HorizontalTextAlignEnum.CENTER));
        y += 24;
        JRDesignTextField name = text(0, y, inner, 30, "$F{" + F_HONOUREE_NAME + "}", 22, true, false, HorizontalTextAlignEnum.CENTER);
        name.setTextAdjust(TextAdjustEnum.SCALE_FONT);
        frame.addElement(fixed(name, new Color(0x9B, 0x1B, 0x1B)));
        y += 34;
        JRDesignTextField unit = text(0, y, inner, 18, "$F{" + F_UNIT_LINE + "}", 14, false, false, HorizontalTextAlignEnum.CENTER);
        unit.setTextAdjust(TextAdjustEnum.SCALE_FONT);
        frame.addElement(unit);
        y += 20;
        JRDesignTextField rec = text(30, y, inner - 60, 36, "$F{" + F_RECORDED_LINE + "}", 14, false, false, HorizontalTextAlignEnum.CENTER);
        rec.setTextAdjust(TextAdjustEnum.SCALE_FONT);
        frame.addElement(rec);
        y += 40;
        JRDesignTextField achL = text(30, y, inner - 60, 16, "$P{" + P_ACHIEVEMENTS_LABEL + "}", 13, true, false, HorizontalTextAlignEnum.LEFT);
        frame.addElement(achL);
        y += 16;
        // the rest of the frame down to the signature block (its last line ends 102 pt below the achievements)
        int achH = h - 36 - y - 4 - 102;
        JRDesignTextField ach = text(30, y, inner - 60, achH, "$F{" + F_ACHIEVEMENTS + "}", 13, false, false, HorizontalTextAlignEnum.JUSTIFIED);
        ach.setTextAdjust(TextAdjustEnum.SCALE_FONT);
        frame.addElement(ach);
        y += achH + 4;
        frame.addElement(text(0, y + 40, lw, 18, "$F{" + F_ENTRY_LINE + "}", 12, false, false, HorizontalTextAlignEnum.LEFT));
        frame.addElement(text(lw, y, inner - lw, 18, "$P{" + P_PLACE_AND_DATE + "}", 14, false, true, HorizontalTextAlignEnum.CENTER));
        frame.addElement(text(lw, y + 18, inner - lw, 18, "$P{" + P_SIGNING_AUTHORITY + "}", 14, true, false, HorizontalTextAlignEnum.CENTER));
        frame.addElement(text(lw, y + 36, inner - lw, 18, "$P{" + P_SIGNER_TITLE + "}", 14, true, false, HorizontalTextAlignEnum.CENTER));
        frame.addElement(text(lw, y + 84, inner - lw, 18, "$P{" + P_SIGNER_NAME + "}", 14, true, false, HorizontalTextAlignEnum.CENTER));
        // one page per certificate: nothing may stretch the frame beyond the page
        for (var e : frame.getElements()) {
            if (e instanceof JRDesignTextField t && t.getTextAdjust() == TextAdjustEnum.STRETCH_HEIGHT) {
                t.setTextAdjust(TextAdjustEnum.SCALE_FONT);
            }
            ((JRDesignElement) e).setPositionType(PositionTypeEnum.FIX_RELATIVE_TO_TOP);
        }
        ((JRDesignSection) d.getDetailSection()).addBand(band);
        return d;
    }

    private static JRDesignTextField fixed(JRDesignTextField t, Color c) {
        t.setForecolor(c);
        return t;
    }

    /** The two header blocks; returns the y below them. */
    private int header(JRDesignBand band, int y0, int lw, int rw) {
        int x = lw;
        if (format == OrganisationKind.PARTY) {
            band.addElement(text(0, y0, lw, 19, "$P{" + P_SUPERIOR_BODY + "}", 14, false, false, HorizontalTextAlignEnum.CENTER));
            band.addElement(text(x, y0, rw, 19, "$P{" + P_NATIONAL_HEADING + "}", 15, true, false, HorizontalTextAlignEnum.CENTER));
            band.addElement(line(x + rw / 2 - 105, y0 + 20, 210));
            band.addElement(text(0, y0 + 19, lw, 19, "$P{" + P_ISSUING_BODY + "}", 14, true, false, HorizontalTextAlignEnum.CENTER));
            band.addElement(text(0, y0 + 38, lw, 16, "\"*\"", 14, false, false, HorizontalTextAlignEnum.CENTER));
            return y0 + 56;
        }
        band.addElement(text(0, y0, lw, 18, "$P{" + P_SUPERIOR_BODY + "}", 13, false, false, HorizontalTextAlignEnum.CENTER));
        band.addElement(text(x, y0, rw, 18, "$P{" + P_NATIONAL_HEADING + "}", 13, true, false, HorizontalTextAlignEnum.CENTER));
        band.addElement(text(0, y0 + 18, lw, 18, "$P{" + P_ISSUING_BODY + "}", 13, true, false, HorizontalTextAlignEnum.CENTER));
        band.addElement(text(x, y0 + 18, rw, 18, "$P{" + P_MOTTO + "}", 14, true, false, HorizontalTextAlignEnum.CENTER));
        band.addElement(line(lw / 2 - 40, y0 + 40, 80));
        band.addElement(line(x + rw / 2 - 85, y0 + 40, 170));
        return y0 + 50;
    }

    private int numberAndDate(JRDesignBand band, int y) {
        band.addElement(text(0, y, leftW, 18, "$P{" + P_NUMBER_LINE + "}", 13, false, false, HorizontalTextAlignEnum.CENTER));
        band.addElement(text(leftW, y, width - leftW, 18, "$P{" + P_PLACE_AND_DATE + "}", 14, false, true, HorizontalTextAlignEnum.CENTER));
        return y + 24;
    }

    private JRDesignBand signature() {
        JRDesignBand b = new JRDesignBand();
        b.setHeight(130);
        b.setSplitType(SplitTypeEnum.PREVENT);
        // "Nơi nhận:" NĐ 30 II.9.d: 12 bold italic, the list 11 upright. HD 36: not found; the secondary
        // sources' 14 upright underlined, the list 12
        // (underlined through styled text: an underline attribute is written to the JRXML in no fixed order)
        JRDesignTextField label = text(0, 14, leftW, party() ? 19 : 16, party() ? "\"<u>\" + $P{" + P_DISTRIBUTION_LABEL + "} + \"</u>\""
                : "$P{" + P_DISTRIBUTION_LABEL + "}", party() ? 14 : 12, !party(), !party(), HorizontalTextAlignEnum.LEFT);
        if (party()) {
            label.setMarkup("styled");
            label.setPrintWhenExpression(expr("$P{" + P_DISTRIBUTION_LABEL + "} != null"));
        }
        b.addElement(label);
        JRDesignTextField copy = text(0, party() ? 33 : 30, leftW, 14, "$P{" + P_DISTRIBUTION + "}", party() ? 12 : 11, false, false,
                HorizontalTextAlignEnum.LEFT);
        copy.setBlankWhenNull(true);
        b.addElement(copy);
        int rw = width - leftW;
        b.addElement(text(leftW, 14, rw, 18, "$P{" + P_SIGNING_AUTHORITY + "}", 14, true, false, HorizontalTextAlignEnum.CENTER));
        b.addElement(text(leftW, 32, rw, 18, "$P{" + P_SIGNER_TITLE + "}", 14, true, false, HorizontalTextAlignEnum.CENTER));
        b.addElement(text(leftW, 106, rw, 18, "$P{" + P_SIGNER_NAME + "}", 14, true, false, HorizontalTextAlignEnum.CENTER));
        return b;
    }

    /**
     * The page number: Arabic numerals, 14 pt, upright, centred in the top margin, not on page 1 (NĐ 30
     * Phụ lục I Mục I.7; HD 36 as the secondary sources give it). The band is not printed on page 1,
     * where the title leaves the same height free.
     */
    private JRDesignBand pageNumber() {
        JRDesignBand b = new JRDesignBand();
        b.setHeight(PAGE_NUMBER_BAND);
        b.setPrintWhenExpression(expr("$V{PAGE_NUMBER} > 1"));
        JRDesignTextField t = text(0, 0, width, 18, "String.valueOf($V{PAGE_NUMBER})", 14, false, false, HorizontalTextAlignEnum.CENTER);
        t.setTextAdjust(TextAdjustEnum.CUT_TEXT);
        t.setPositionType(PositionTypeEnum.FIX_RELATIVE_TO_TOP);
        b.addElement(t);
        return b;
    }

    private boolean party() {
        return format == OrganisationKind.PARTY;
    }

    private JRDesignBand paragraph(String style, float size, boolean bold, boolean italic, HorizontalTextAlignEnum align,
            int leftIndent, int firstIndent, int before) {
        JRDesignBand b = new JRDesignBand();
        b.setHeight(before + 18);
        b.setPrintWhenExpression(expr("$F{" + F_STYLE + "}.equals(\"" + style + "\")"));
        JRDesignTextField t = text(0, before, width, 18, "$F{" + F_TEXT + "}", size, bold, italic, align);
        t.setMarkup("styled");
        t.getParagraph().setLeftIndent(leftIndent);
        t.getParagraph().setFirstLineIndent(firstIndent);
        t.getParagraph().setSpacingAfter(2);
        b.addElement(t);
        return b;
    }

    private int[] widths(List<Columns.Column> cols) {
        int total = cols.stream().mapToInt(Columns.Column::weight).sum();
        int[] w = new int[cols.size()];
        int used = 0;
        for (int i = 0; i < w.length; i++) {
            w[i] = i == w.length - 1 ? width - used : Math.round((float) width * cols.get(i).weight() / total);
            used += w[i];
        }
        return w;
    }

    private JRDesignBand columnHeader(Table table, List<Columns.Column> cols) {
        JRDesignBand b = new JRDesignBand();
        // room for three lines of a narrow column's header: a header reprinted on a new page does not
        // stretch, so a taller header would lose its first lines there
        b.setHeight(HEADER_HEIGHT);
        b.setPrintWhenExpression(expr("$F{" + F_TABLE + "}.equals(\"" + table.name() + "\")"));
        int[] w = widths(cols);
        int x = 0;
        for (int i = 0; i < w.length; i++) {
            JRDesignTextField t = text(x, 0, w[i], HEADER_HEIGHT, "$P{" + cols.get(i).headerParameter() + "}", TABLE_FONT, true, false, HorizontalTextAlignEnum.CENTER);
            t.setVerticalTextAlign(VerticalTextAlignEnum.MIDDLE);
            t.setStretchType(StretchTypeEnum.CONTAINER_HEIGHT);
            box(t);
            b.addElement(t);
            x += w[i];
        }
        return b;
    }

    private JRDesignBand tableRow(Table table, List<Columns.Column> cols) {
        JRDesignBand b = new JRDesignBand();
        b.setHeight(16);
        // a row is never split across pages, unless it is taller than a page by itself (docs/reports.md)
        b.setSplitType(SplitTypeEnum.PREVENT);
        b.setPrintWhenExpression(expr("$F{" + F_TABLE + "}.equals(\"" + table.name() + "\")"));
        int[] w = widths(cols);
        int x = 0;
        for (int i = 0; i < w.length; i++) {
            Columns.Column c = cols.get(i);
            JRDesignTextField t = text(x, 0, w[i], 16, "$F{" + c.fieldName() + "}", TABLE_FONT, false, false,
                    c.centered() ? HorizontalTextAlignEnum.CENTER : HorizontalTextAlignEnum.LEFT);
            t.setMarkup(styledCells(table) ? "styled" : "none");
            t.setStretchType(StretchTypeEnum.CONTAINER_HEIGHT);
            box(t);
            b.addElement(t);
            x += w[i];
        }
        return b;
    }

    /**
     * Whether the cells of {@code table} are styled text (markup escaped, bold possible): only the ward
     * summary's cells, for its bold totals row. Every other cell is plain text, which JasperReports
     * neither parses as XML when filling nor again when exporting (two XML parses per styled cell: about a
     * tenth of a cold 100-entry render's main-thread time, docs/performance.md line 3).
     */
    static boolean styledCells(Table table) {
        return table == Table.CELLS;
    }

    private static void box(JRDesignTextField t) {
        t.getLineBox().getPen().setLineWidth(PEN);
        t.getLineBox().setTopPadding(2);
        t.getLineBox().setBottomPadding(2);
        t.getLineBox().setLeftPadding(3);
        t.getLineBox().setRightPadding(3);
    }

    private void optional(JRDesignTextField t, String param) {
        t.setPrintWhenExpression(expr("$P{" + param + "} != null"));
        t.setRemoveLineWhenBlank(true);
        t.setPositionType(PositionTypeEnum.FLOAT);
    }

    private JRDesignTextField text(int x, int y, int w, int h, String expression, float size, boolean bold, boolean italic,
            HorizontalTextAlignEnum align) {
        JRDesignTextField t = new JRDesignTextField(d);
        t.setX(x);
        t.setY(y);
        t.setWidth(w);
        t.setHeight(h);
        t.setExpression(expr(expression));
        t.setFontName(FONT);
        t.setFontSize(size);
        t.setBold(bold);
        t.setItalic(italic);
        t.setHorizontalTextAlign(align);
        t.setTextAdjust(TextAdjustEnum.STRETCH_HEIGHT);
        t.setPositionType(PositionTypeEnum.FLOAT);
        t.setBlankWhenNull(true);
        return t;
    }

    private JRDesignLine line(int x, int y, int w) {
        JRDesignLine l = new JRDesignLine(d);
        l.setX(x);
        l.setY(y);
        l.setWidth(w);
        l.setHeight(1);
        l.getLinePen().setLineWidth(0.75f);
        l.setPositionType(PositionTypeEnum.FLOAT);
        return l;
    }

    private void param(String name, Class<?> c) throws JRException {
        JRDesignParameter p = new JRDesignParameter();
        p.setName(name);
        p.setValueClass(c);
        d.addParameter(p);
    }

    private void field(String name, Class<?> c) throws JRException {
        JRDesignField f = new JRDesignField();
        f.setName(name);
        f.setValueClass(c);
        d.addField(f);
    }

    private static JRDesignExpression expr(String text) {
        return new JRDesignExpression(text);
    }
}
