package io.github.ghidanh.report;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;

/** Reads rendered files in tests: PDF text per page and fonts (PDFBox), OOXML parts (the zip). */
final class Pdf {
    final int pages;
    final List<String> pageTexts;
    final List<String> fonts = new ArrayList<>();
    final List<String> notEmbedded = new ArrayList<>();
    int images;

    Pdf(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            pages = doc.getNumberOfPages();
            pageTexts = new ArrayList<>();
            for (int i = 1; i <= pages; i++) {
                PDFTextStripper s = new PDFTextStripper();
                s.setStartPage(i);
                s.setEndPage(i);
                pageTexts.add(s.getText(doc));
            }
            for (PDPage p : doc.getPages()) {
                PDResources r = p.getResources();
                for (COSName x : r.getXObjectNames()) {
                    if (r.isImageXObject(x)) {
                        images++;
                    }
                }
                for (COSName n : r.getFontNames()) {
                    PDFont f = r.getFont(n);
                    if (!fonts.contains(f.getName())) {
                        fonts.add(f.getName());
                        if (!f.isEmbedded()) {
                            notEmbedded.add(f.getName());
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** All text with every run of white space made one space (lines wrap in narrow cells). */
    String flat() {
        return flat(String.join(" ", pageTexts));
    }

    static String flat(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }

    /** The parts of an OOXML file, by name. */
    static Map<String, String> zipParts(byte[] zip) {
        Map<String, String> parts = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                parts.put(e.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return parts;
    }

    /** The text of the XML elements named {@code tag} (w:t, t), joined, entities decoded. */
    static String xmlText(String xml, String tag) {
        StringBuilder b = new StringBuilder();
        java.util.regex.Matcher m = java.util.regex.Pattern
                .compile("<" + tag + "(?:\\s[^>]*)?>([^<]*)</" + tag + ">").matcher(xml);
        while (m.find()) {
            b.append(m.group(1).replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                    .replace("&apos;", "'").replace("&amp;", "&")).append(' ');
        }
        return flat(b.toString());
    }
}
