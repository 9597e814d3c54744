package io.github.ghidanh.report.internal;

import java.awt.Font;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import net.sf.jasperreports.engine.JasperReportsContext;
import net.sf.jasperreports.engine.SimpleJasperReportsContext;
import net.sf.jasperreports.engine.export.ooxml.JRDocxExporter;
import net.sf.jasperreports.engine.export.ooxml.JRXlsxExporter;
import net.sf.jasperreports.engine.fonts.FontFamily;
import net.sf.jasperreports.engine.fonts.SimpleFontFace;
import net.sf.jasperreports.engine.fonts.SimpleFontFamily;

/**
 * The one font family of every document: Liberation Serif (SIL OFL, from openpdf-fonts-extra),
 * metric-compatible with Times New Roman and complete for Vietnamese, embedded in PDFs with
 * Identity-H; DOCX, XLSX and HTML name it "Times New Roman". Registered on our private context only.
 */
final class Fonts {
    static final String FAMILY = "Liberation Serif";
    static final String EXPORT_NAME = "Times New Roman";
    private static final String DIR = "liberation/LiberationSerif-";

    private Fonts() {
    }

    static void register(SimpleJasperReportsContext ctx) {
        ctx.setExtensions(FontFamily.class, List.of(family(ctx)));
    }

    private static SimpleFontFamily family(JasperReportsContext ctx) {
        SimpleFontFamily f = new SimpleFontFamily(ctx);
        f.setName(FAMILY);
        f.setNormalFace(face(ctx, "Regular"));
        f.setBoldFace(face(ctx, "Bold"));
        f.setItalicFace(face(ctx, "Italic"));
        f.setBoldItalicFace(face(ctx, "BoldItalic"));
        f.setPdfEncoding("Identity-H");
        f.setPdfEmbedded(Boolean.TRUE);
        f.setExportFonts(Map.of(
                JRDocxExporter.DOCX_EXPORTER_KEY, EXPORT_NAME,
                JRXlsxExporter.XLSX_EXPORTER_KEY, EXPORT_NAME,
                "net.sf.jasperreports.html", "'" + EXPORT_NAME + "', '" + FAMILY + "', serif"));
        return f;
    }

    private static SimpleFontFace face(JasperReportsContext ctx, String style) {
        SimpleFontFace face = new SimpleFontFace(ctx);
        face.setTtf(DIR + style + ".ttf");
        return face;
    }

    /** The AWT font of a style (for the chart), from the same TTF files. */
    static Font awt(boolean bold, float size) {
        String path = DIR + (bold ? "Bold" : "Regular") + ".ttf";
        try (InputStream in = Fonts.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing font " + path);
            }
            return Font.createFont(Font.TRUETYPE_FONT, in).deriveFont(size);
        } catch (IOException | java.awt.FontFormatException e) {
            throw new IllegalStateException("cannot load font " + path, e);
        }
    }
}
