package io.github.ghidanh.report.internal;

import io.github.ghidanh.report.ReportException;
import io.github.ghidanh.report.SignatureBlock;
import io.github.ghidanh.report.spi.PreparedDocument;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRPrintElement;
import net.sf.jasperreports.engine.JRPrintFrame;
import net.sf.jasperreports.engine.JRPrintPage;
import net.sf.jasperreports.engine.JRPrintText;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;
import net.sf.jasperreports.engine.util.JRLoader;

/**
 * Finds the signature blocks of a document in its filled layout: the text elements that print the
 * {@code signerTitle} and {@code signerName} parameters, paired on each page (the name with the
 * nearest title above it in the same column). The image space is between them, as wide as the name's
 * column. Coordinates of a JasperReports page are points from the top left corner (frames hold their
 * children relative to their padded content box, as the PDF exporter places them); they are turned
 * into PDF points from the bottom left.
 */
public final class SignatureBlockLocator {
    private SignatureBlockLocator() {
    }

    /** A text element's box on its page, top-down coordinates. */
    private record Box(float x, float top, float width, float height) {
        float bottom() {
            return top + height;
        }

        boolean overlapsHorizontally(Box o) {
            return x < o.x + o.width && o.x < x + width;
        }
    }

    public static List<SignatureBlock> locate(PreparedDocument prepared) {
        Object title = prepared.parameters().get(TemplateNames.P_SIGNER_TITLE);
        Object name = prepared.parameters().get(TemplateNames.P_SIGNER_NAME);
        if (!(name instanceof String n) || n.isBlank()) {
            return List.of();
        }
        JasperPrint print;
        try (InputStream in = prepared.compiledTemplate()) {
            JasperReport report = (JasperReport) JRLoader.loadObject(in);
            Map<String, Object> params = new HashMap<>(prepared.parameters());
            print = JasperFillManager.getInstance(Engine.newContext()).fill(report, params,
                    new JRMapCollectionDataSource(Collections.unmodifiableList(prepared.rows())));
        } catch (ReportException e) {
            throw e;
        } catch (JRException | IOException | RuntimeException e) {
            throw Messages.error("report.signature.fill", e, prepared.documentType(), Messages.describe(e));
        }
        List<SignatureBlock> blocks = new ArrayList<>();
        List<JRPrintPage> pages = print.getPages();
        for (int i = 0; i < pages.size(); i++) {
            List<Box> titles = new ArrayList<>();
            List<Box> names = new ArrayList<>();
            collect(pages.get(i).getElements(), 0, 0, title instanceof String t ? t : null, n, titles, names);
            for (Box nameBox : names) {
                Box above = null;
                for (Box t : titles) {
                    if (t.bottom() <= nameBox.top() && t.overlapsHorizontally(nameBox) && (above == null || t.bottom() > above.bottom())) {
                        above = t;
                    }
                }
                float top = above == null ? nameBox.top() - 56 : above.bottom();
                float height = nameBox.top() - top;
                if (height > 0) {
                    blocks.add(new SignatureBlock(i, nameBox.x(), print.getPageHeight() - nameBox.top(), nameBox.width(), height));
                }
            }
        }
        return List.copyOf(blocks);
    }

    private static void collect(List<JRPrintElement> elements, float dx, float dy, String title, String name, List<Box> titles,
            List<Box> names) {
        for (JRPrintElement e : elements) {
            if (e instanceof JRPrintFrame f) {
                collect(f.getElements(), dx + f.getX() + f.getLineBox().getLeftPadding(), dy + f.getY() + f.getLineBox().getTopPadding(),
                        title, name, titles, names);
            } else if (e instanceof JRPrintText t && t.getFullText() != null) {
                String text = t.getFullText().strip();
                Box box = new Box(dx + t.getX(), dy + t.getY(), t.getWidth(), t.getHeight());
                if (text.equals(name.strip())) {
                    names.add(box);
                } else if (title != null && text.equals(title.strip())) {
                    titles.add(box);
                }
            }
        }
    }
}
