package io.github.ghidanh.sign.internal;

import io.github.ghidanh.core.text.VietnameseText;
import io.github.ghidanh.sign.Placement;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Finds a signature block in a PDF from its text alone, for a PDF whose layout is not at hand (the
 * command line signs files): the last line on the last page that reads the signer's name, and the
 * line above it in the same column (the title). The space between them is the block, as wide as
 * the wider of the two lines and 40 points more, centred on the name.
 */
public final class TextBlocks {
    private TextBlocks() {
    }

    private record Line(int page, String text, float left, float right, float top, float bottom) {
    }

    public static Optional<Placement> above(byte[] pdf, String name) {
        String wanted = VietnameseText.nfc(name).strip();
        List<Line> lines = new ArrayList<>();
        float[][] sizes;
        try (PDDocument doc = Preparer.load(pdf)) {
            sizes = new float[doc.getNumberOfPages()][];
            for (int i = 0; i < sizes.length; i++) {
                sizes[i] = Appearances.seenSize(doc.getPage(i));
            }
            PDFTextStripper s = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> tp) {
                    if (tp.isEmpty()) {
                        return;
                    }
                    float left = Float.MAX_VALUE;
                    float right = -Float.MAX_VALUE;
                    float top = Float.MAX_VALUE;
                    float bottom = -Float.MAX_VALUE;
                    for (TextPosition p : tp) {
                        left = Math.min(left, p.getXDirAdj());
                        right = Math.max(right, p.getXDirAdj() + p.getWidthDirAdj());
                        top = Math.min(top, p.getYDirAdj() - p.getHeightDir());
                        bottom = Math.max(bottom, p.getYDirAdj());
                    }
                    lines.add(new Line(getCurrentPageNo() - 1, VietnameseText.nfc(text).strip(), left, right, top, bottom));
                }
            };
            s.setSortByPosition(true);
            s.getText(doc);
        } catch (IOException e) {
            throw Messages.error("sign.pdf.read", e, Messages.cause(e));
        }
        Line nameLine = null;
        for (Line l : lines) {
            if (l.text().equals(wanted) && (nameLine == null || l.page() >= nameLine.page())) {
                nameLine = l;
            }
        }
        if (nameLine == null) {
            return Optional.empty();
        }
        Line title = null;
        for (Line l : lines) {
            if (l.page() == nameLine.page() && l.bottom() < nameLine.top() && l.left() < nameLine.right() && nameLine.left() < l.right()
                    && (title == null || l.bottom() > title.bottom())) {
                title = l;
            }
        }
        float top = title == null ? nameLine.top() - 56 : title.bottom() + 4;
        float bottom = nameLine.top() - 2;
        if (bottom - top < 10) {
            return Optional.empty();
        }
        float width = Math.max(nameLine.right() - nameLine.left(), title == null ? 0 : title.right() - title.left()) + 40;
        float centre = (nameLine.left() + nameLine.right()) / 2;
        float pageHeight = sizes[nameLine.page()][1];
        return Optional.of(new Placement(nameLine.page(), centre - width / 2, pageHeight - bottom, width, bottom - top));
    }
}
