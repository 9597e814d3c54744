package io.github.ghidanh.report.internal;

import io.github.ghidanh.core.view.CellCounts;
import io.github.ghidanh.core.view.WardSummaryView;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import javax.imageio.ImageIO;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * The ward summary's chart (JFreeChart 1.5): entries per cell by kind, drawn with the documents'
 * own font and written as a PNG at twice the printed resolution. Same input, same bytes.
 */
final class ChartRenderer {
    /** Printed size in points; the PNG has twice as many pixels. */
    static final int WIDTH = 720;
    static final int HEIGHT = 240;
    private static final Color[] SERIES = {new Color(0x9B, 0x1B, 0x1B), new Color(0xC8, 0x8A, 0x12), new Color(0x2F, 0x55, 0x97)};

    /** Loaded on first use: only the ward summary draws a chart. */
    private static final class Faces {
        static final Font REGULAR = Fonts.awt(false, 11f);
        static final Font BOLD = Fonts.awt(true, 11f);
    }

    byte[] png(List<WardSummaryView.CellRow> rows, Labels l) {
        Font regular = Faces.REGULAR;
        Font bold = Faces.BOLD;
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        int i = 1;
        for (WardSummaryView.CellRow r : rows) {
            String cat = i++ + ". " + (r.cellName() == null ? "" : r.cellName());
            CellCounts c = r.counts();
            data.addValue(c == null ? 0 : c.models(), l.get("chart.models"), cat);
            data.addValue(c == null ? 0 : c.collectives(), l.get("chart.collectives"), cat);
            data.addValue(c == null ? 0 : c.individuals(), l.get("chart.individuals"), cat);
        }
        JFreeChart chart = ChartFactory.createBarChart(null, null, l.get("chart.axis"), data, PlotOrientation.VERTICAL,
                true, false, false);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        chart.getLegend().setItemFont(regular);
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xBB, 0xBB, 0xBB));
        plot.setOutlineVisible(false);
        CategoryAxis x = plot.getDomainAxis();
        x.setTickLabelFont(regular.deriveFont(9f));
        x.setMaximumCategoryLabelLines(3);
        if (rows.size() > 8) {
            x.setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        }
        NumberAxis y = (NumberAxis) plot.getRangeAxis();
        y.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        y.setTickLabelFont(regular.deriveFont(9f));
        y.setLabelFont(bold.deriveFont(10f));
        BarRenderer r = (BarRenderer) plot.getRenderer();
        r.setBarPainter(new StandardBarPainter());
        r.setShadowVisible(false);
        r.setItemMargin(0.05);
        for (int s = 0; s < SERIES.length; s++) {
            r.setSeriesPaint(s, SERIES[s]);
        }
        BufferedImage img = new BufferedImage(WIDTH * 2, HEIGHT * 2, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, WIDTH * 2, HEIGHT * 2);
            g.scale(2, 2);
            chart.draw(g, new Rectangle2D.Double(0, 0, WIDTH, HEIGHT));
        } finally {
            g.dispose();
        }
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(img, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
