package io.github.ghidanh.sign;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.CubicCurve2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import javax.imageio.ImageIO;

/** Transparent PNGs as agencies have them: a blue handwritten signature and a red round seal. */
final class TestImages {
    private TestImages() {
    }

    static byte[] signature() {
        BufferedImage img = new BufferedImage(600, 200, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(new Color(0x1A, 0x3C, 0xB4));
        g.setStroke(new BasicStroke(9, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(new CubicCurve2D.Float(30, 150, 120, -40, 200, 260, 300, 90));
        g.draw(new CubicCurve2D.Float(300, 90, 380, 10, 420, 190, 570, 60));
        g.drawLine(80, 170, 520, 140);
        g.dispose();
        return png(img);
    }

    static byte[] seal() {
        BufferedImage img = new BufferedImage(400, 400, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(new Color(0xD0, 0x10, 0x10));
        g.setStroke(new BasicStroke(14));
        g.drawOval(10, 10, 380, 380);
        g.setStroke(new BasicStroke(5));
        g.drawOval(70, 70, 260, 260);
        g.setFont(new Font(Font.SERIF, Font.BOLD, 60));
        g.drawString("★", 170, 220);
        g.dispose();
        return png(img);
    }

    private static byte[] png(BufferedImage img) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(img, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
