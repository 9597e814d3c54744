package io.github.ghidanh.sign.internal;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * Signature and seal images in a form PDF/A-1 accepts. PDF/A-1 forbids soft masks ({@code /SMask}),
 * which is how PDFBox would carry a PNG's alpha channel; it allows an explicit stencil mask
 * ({@code /Mask} with a 1-bit {@code /ImageMask}). So a transparent image becomes an opaque RGB image
 * (its colours composed over white, so that half-transparent edge pixels are not darkened) and a
 * stencil that paints the pixels at least half opaque: the page and the signer's image stay visible
 * around and through the seal, and the file stays PDF/A-1.
 */
final class Images {
    /** Alpha from which a pixel is painted. */
    static final int OPAQUE_FROM = 128;

    private Images() {
    }

    static PDImageXObject load(PDDocument doc, byte[] bytes) throws IOException {
        BufferedImage src;
        try {
            src = ImageIO.read(new ByteArrayInputStream(bytes));
        } catch (IOException | RuntimeException e) {
            throw Messages.error("sign.image.read", e, Messages.cause(e));
        }
        if (src == null || src.getWidth() < 1 || src.getHeight() < 1) {
            throw Messages.error("sign.image.read", "not a PNG or JPEG image");
        }
        int w = src.getWidth();
        int h = src.getHeight();
        BufferedImage rgb = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = rgb.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, w, h);
            g.drawImage(src, 0, 0, null);
        } finally {
            g.dispose();
        }
        PDImageXObject image = LosslessFactory.createFromImage(doc, rgb);
        if (src.getColorModel().hasAlpha()) {
            BufferedImage stencil = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_BINARY);
            boolean any = false;
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) {
                    boolean paint = (src.getRGB(x, y) >>> 24) >= OPAQUE_FROM;
                    // in a stencil mask a sample 0 is painted, 1 is masked out (default /Decode [0 1])
                    stencil.setRGB(x, y, paint ? 0xFF000000 : 0xFFFFFFFF);
                    any |= !paint;
                }
            }
            if (any) {
                PDImageXObject mask = LosslessFactory.createFromImage(doc, stencil);
                mask.getCOSObject().removeItem(COSName.COLORSPACE);
                mask.getCOSObject().setBoolean(COSName.IMAGE_MASK, true);
                mask.getCOSObject().setInt(COSName.BITS_PER_COMPONENT, 1);
                image.getCOSObject().setItem(COSName.MASK, mask.getCOSObject());
            }
        }
        return image;
    }
}
