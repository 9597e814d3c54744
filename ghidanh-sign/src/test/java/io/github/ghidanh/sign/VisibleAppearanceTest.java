package io.github.ghidanh.sign;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;

/**
 * What a reader sees, on the portrait letter and on a landscape (turned) table page: the blue
 * signature stands in the block, the red seal over its left third, and the signature shows through
 * the transparent parts of the seal (the stencil mask keeps the PNG's transparency). The signed
 * files are left in target/signed-preview for docs/images.
 */
class VisibleAppearanceTest {
    @Test
    void theSignatureShowsThroughTheSealOnAPortraitAndALandscapePage() throws Exception {
        TestPki pki = new TestPki();
        var views = Documents.views();
        for (String name : new String[] {"letter", "honour-roll"}) {
            Documents.Rendered doc = Documents.render(name, views.get(name));
            Placement block = doc.blocks().get(0);
            PdfSigner signer = PdfSigner.create();
            byte[] once = signer.sign(doc.pdf(), SignatureSpec.builder("Signer").appearance(Appearance.signerImage(block, TestImages.signature()))
                    .build(), pki.signer.key(), pki.signer.chain());
            byte[] twice = signer.sign(once, SignatureSpec.builder("Agency").appearance(Appearance.agencySeal(block, TestImages.seal(), 90f))
                    .build(), pki.agency.key(), pki.agency.chain());
            Path dir = Path.of("target/signed-preview");
            Files.createDirectories(dir);
            Files.write(dir.resolve(name + ".pdf"), twice);
            try (PDDocument pdf = Loader.loadPDF(twice)) {
                PDPage page = pdf.getPage(block.pageIndex());
                boolean turned = page.getRotation() % 180 != 0;
                assertThat(turned).as(name + " page turned").isEqualTo(name.equals("honour-roll"));
                BufferedImage img = new PDFRenderer(pdf).renderImage(block.pageIndex(), 2f);
                float seenH = turned ? page.getCropBox().getWidth() : page.getCropBox().getHeight();
                // the block as seen, in image pixels (2 px a point, y downwards)
                int x0 = (int) (block.x() * 2);
                int x1 = (int) ((block.x() + block.width()) * 2);
                int y0 = (int) ((seenH - block.y() - block.height()) * 2);
                int y1 = (int) ((seenH - block.y()) * 2);
                assertThat(count(img, x0, y0, x1, y1, true)).as(name + ": blue signature in the block").isGreaterThan(500);
                // the seal: 90 pt square, right edge a third into the signer's image, so red left of the image's centre
                assertThat(count(img, x0 - 120, y0 - 60, (x0 + x1) / 2, y1 + 60, false)).as(name + ": red seal").isGreaterThan(500);
                // the seal's widget, as seen
                PDRectangle seal = pdf.getSignatureFields().stream().filter(f -> f.getPartialName().equals("Agency")).findFirst().orElseThrow()
                        .getWidgets().get(0).getRectangle();
                float sealSeenW = turned ? seal.getHeight() : seal.getWidth();
                assertThat(sealSeenW).isEqualTo(90f);
            }
            // blue pixels inside the seal's square: the signature shows through the seal's transparent parts
            try (PDDocument pdf = Loader.loadPDF(twice)) {
                PDPage page = pdf.getPage(block.pageIndex());
                boolean turned = page.getRotation() % 180 != 0;
                PDRectangle seal = pdf.getSignatureFields().stream().filter(f -> f.getPartialName().equals("Agency")).findFirst().orElseThrow()
                        .getWidgets().get(0).getRectangle();
                BufferedImage img = new PDFRenderer(pdf).renderImage(block.pageIndex(), 2f);
                float seenH = turned ? page.getCropBox().getWidth() : page.getCropBox().getHeight();
                float sx;
                float sy;
                if (turned) { // rotation 90: seen x = user y, seen y = width - user x
                    sx = seal.getLowerLeftY();
                    sy = page.getCropBox().getWidth() - seal.getUpperRightX();
                } else {
                    sx = seal.getLowerLeftX();
                    sy = seal.getLowerLeftY();
                }
                int px0 = (int) (sx * 2);
                int py0 = (int) ((seenH - sy - 90) * 2);
                assertThat(count(img, px0, py0, px0 + 180, py0 + 180, true)).as(name + ": blue under the seal").isGreaterThan(50);
            }
        }
    }

    private static int count(BufferedImage img, int x0, int y0, int x1, int y1, boolean blue) {
        int n = 0;
        for (int y = Math.max(0, y0); y < Math.min(img.getHeight(), y1); y++) {
            for (int x = Math.max(0, x0); x < Math.min(img.getWidth(), x1); x++) {
                int rgb = img.getRGB(x, y);
                int r = rgb >> 16 & 0xFF;
                int g = rgb >> 8 & 0xFF;
                int b = rgb & 0xFF;
                if (blue ? b > 120 && r < 90 && g < 110 : r > 150 && g < 80 && b < 80) {
                    n++;
                }
            }
        }
        return n;
    }
}
