package io.github.ghidanh.sign.internal;

import io.github.ghidanh.sign.Appearance;
import io.github.ghidanh.sign.Placement;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.ZoneId;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceDictionary;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;

/**
 * Draws the visible forms of Nghị định 30/2020/NĐ-CP Phụ lục I into a signature widget. Positions
 * are given as the page is seen; a page turned by {@code /Rotate} (the landscape tables) has them
 * turned back into its user space, and the appearance stream gets the rotation as its
 * {@code /Matrix}, so the image stands upright on the seen page.
 */
final class Appearances {
    /** The text line: Times 10 pt (Liberation Serif, metric-compatible), black, upright. */
    static final float TEXT_SIZE = 10f;
    /** The text line's distance from the top and right edges of the page: within the top margin. */
    static final float TEXT_TOP = 28.35f; // 10 mm
    static final float TEXT_RIGHT = 42.52f; // 15 mm, the smallest right margin Nghị định 30 allows
    /** The smallest height of the signer's image: a narrow block (a certificate's) is overlapped a little. */
    static final float MIN_IMAGE_HEIGHT = 48f;
    private static final String FONT = "liberation/LiberationSerif-Regular.ttf";

    private Appearances() {
    }

    static int page(Appearance a) {
        if (a instanceof Appearance.SignerImage s) {
            return s.block().pageIndex();
        }
        if (a instanceof Appearance.AgencySeal s) {
            return s.block().pageIndex();
        }
        return 0;
    }

    static void apply(PDDocument doc, PDAnnotationWidget widget, Appearance a, Instant time, ZoneId zone) throws IOException {
        PDPage page = doc.getPage(page(a));
        Rectangle2D.Float seen;
        PDImageXObject image = null;
        String text = null;
        PDType0Font font = null;
        float size = TEXT_SIZE;
        if (a instanceof Appearance.SignerImage s) {
            image = Images.load(doc, s.image());
            seen = signerImage(s.block(), image.getWidth(), image.getHeight());
        } else if (a instanceof Appearance.AgencySeal s) {
            image = Images.load(doc, s.image());
            Rectangle2D.Float signer = existingSignerImage(doc, page, s.block());
            if (signer == null) {
                signer = signerImage(s.block(), 1, 1);
            }
            float d = s.diameter();
            seen = new Rectangle2D.Float(signer.x + signer.width / 3 - d, signer.y + signer.height / 2 - d / 2, d, d);
        } else if (a instanceof Appearance.TextLine t) {
            text = t.text();
            try (InputStream in = Appearances.class.getClassLoader().getResourceAsStream(FONT)) {
                if (in == null) {
                    throw new IOException("missing font " + FONT);
                }
                font = PDType0Font.load(doc, in, true);
            }
            float[] seenSize = seenSize(page);
            float room = seenSize[0] - 2 * TEXT_RIGHT;
            float w = font.getStringWidth(text) / 1000 * size;
            if (w > room) { // a very long line is set smaller rather than run off the page
                size = size * room / w;
                w = room;
            }
            float h = size * 1.3f;
            seen = new Rectangle2D.Float(seenSize[0] - TEXT_RIGHT - w, seenSize[1] - TEXT_TOP - h, w, h);
        } else {
            return;
        }
        Turn turn = Turn.of(page);
        widget.setRectangle(turn.toUser(seen));
        widget.setPrinted(true);
        PDAppearanceStream stream = new PDAppearanceStream(doc);
        stream.setBBox(new PDRectangle(seen.width, seen.height));
        stream.setMatrix(turn.matrix());
        stream.setResources(new PDResources());
        try (PDPageContentStream cs = new PDPageContentStream(doc, stream)) {
            if (image != null) {
                cs.drawImage(image, 0, 0, seen.width, seen.height);
            } else {
                cs.beginText();
                cs.setNonStrokingColor(0f);
                cs.setFont(font, size);
                cs.newLineAtOffset(0, size * 0.3f);
                cs.showText(text);
                cs.endText();
            }
        }
        PDAppearanceDictionary ap = new PDAppearanceDictionary();
        ap.setNormalAppearance(stream);
        widget.setAppearance(ap);
    }

    /** The signer's image in a block: as large as fits, at least {@link #MIN_IMAGE_HEIGHT} high, centred. */
    static Rectangle2D.Float signerImage(Placement b, float iw, float ih) {
        float h = Math.max(b.height(), MIN_IMAGE_HEIGHT);
        float scale = Math.min(b.width() / iw, h / ih);
        float w = iw * scale;
        float hh = ih * scale;
        return new Rectangle2D.Float(b.x() + (b.width() - w) / 2, b.y() + (b.height() - hh) / 2, w, hh);
    }

    /** The seen rectangle of the last visible signature widget on {@code page} that meets the block, or null. */
    private static Rectangle2D.Float existingSignerImage(PDDocument doc, PDPage page, Placement block) throws IOException {
        Turn turn = Turn.of(page);
        Rectangle2D.Float b = new Rectangle2D.Float(block.x(), block.y(), block.width(), block.height());
        Rectangle2D.Float found = null;
        for (PDSignatureField f : doc.getSignatureFields()) {
            for (PDAnnotationWidget w : f.getWidgets()) {
                PDRectangle r = w.getRectangle();
                if (r == null || r.getWidth() <= 0 || !onPage(page, w)) {
                    continue;
                }
                Rectangle2D.Float seen = turn.toSeen(r);
                if (seen.intersects(b)) {
                    found = seen;
                }
            }
        }
        return found;
    }

    private static boolean onPage(PDPage page, PDAnnotationWidget w) throws IOException {
        for (PDAnnotation a : page.getAnnotations()) {
            if (a.getCOSObject() == w.getCOSObject()) {
                return true;
            }
        }
        return false;
    }

    static float[] seenSize(PDPage page) {
        PDRectangle c = page.getCropBox();
        return page.getRotation() % 180 != 0 ? new float[] {c.getHeight(), c.getWidth()} : new float[] {c.getWidth(), c.getHeight()};
    }

    /** The page's rotation: from the seen page to user space and back. */
    record Turn(int rotation, float llx, float lly, float w, float h) {
        static Turn of(PDPage page) {
            PDRectangle c = page.getCropBox();
            return new Turn(((page.getRotation() % 360) + 360) % 360, c.getLowerLeftX(), c.getLowerLeftY(), c.getWidth(), c.getHeight());
        }

        float[] toUser(float dx, float dy) {
            return switch (rotation) {
                case 90 -> new float[] {llx + w - dy, lly + dx};
                case 180 -> new float[] {llx + w - dx, lly + h - dy};
                case 270 -> new float[] {llx + dy, lly + h - dx};
                default -> new float[] {llx + dx, lly + dy};
            };
        }

        float[] toSeen(float x, float y) {
            float ux = x - llx;
            float uy = y - lly;
            return switch (rotation) {
                case 90 -> new float[] {uy, w - ux};
                case 180 -> new float[] {w - ux, h - uy};
                case 270 -> new float[] {h - uy, ux};
                default -> new float[] {ux, uy};
            };
        }

        PDRectangle toUser(Rectangle2D.Float r) {
            float[] a = toUser(r.x, r.y);
            float[] b = toUser(r.x + r.width, r.y + r.height);
            return new PDRectangle(Math.min(a[0], b[0]), Math.min(a[1], b[1]), Math.abs(a[0] - b[0]), Math.abs(a[1] - b[1]));
        }

        Rectangle2D.Float toSeen(PDRectangle r) {
            float[] a = toSeen(r.getLowerLeftX(), r.getLowerLeftY());
            float[] b = toSeen(r.getUpperRightX(), r.getUpperRightY());
            return new Rectangle2D.Float(Math.min(a[0], b[0]), Math.min(a[1], b[1]), Math.abs(a[0] - b[0]), Math.abs(a[1] - b[1]));
        }

        /** The appearance's {@code /Matrix}: the seen directions in user space (the annotation's Rect places it). */
        AffineTransform matrix() {
            return switch (rotation) {
                case 90 -> new AffineTransform(0, 1, -1, 0, 0, 0);
                case 180 -> new AffineTransform(-1, 0, 0, -1, 0, 0);
                case 270 -> new AffineTransform(0, -1, 1, 0, 0, 0);
                default -> new AffineTransform();
            };
        }
    }
}
