package io.github.ghidanh.report.internal;

import io.github.ghidanh.core.text.VietnameseText;
import io.github.ghidanh.core.view.ProposalListView;
import io.github.ghidanh.core.workflow.HonourRollEntry;
import io.github.ghidanh.report.ReportException;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import net.sf.jasperreports.engine.JRDataSource;
import net.sf.jasperreports.engine.JRField;

/**
 * A {@link JRDataSource} over the body {@link Line}s of a document (records do not work with
 * JRBeanCollectionDataSource). Table cells are computed lazily from the row's item by the column
 * catalogue, normalised to NFC, and escaped for styled markup in the tables whose cells are styled
 * ({@link DesignFactory#styledCells}).
 */
final class LineDataSource implements JRDataSource {
    private final Iterator<Line> it;
    private final Map<String, Columns.Column> columns;
    private final Labels labels;
    private Line current;

    LineDataSource(List<Line> lines, Map<String, Columns.Column> columnsByField, Labels labels) {
        this.it = lines.iterator();
        this.columns = columnsByField;
        this.labels = labels;
    }

    @Override
    public boolean next() {
        if (it.hasNext()) {
            current = it.next();
            return true;
        }
        return false;
    }

    private static ReportException badRow(Line line, Columns.Column c, RuntimeException e) {
        Object item = line.item();
        Messages.Phrase row;
        if (item instanceof HonourRollEntry h) {
            row = Messages.phrase("row.entry", h.number());
        } else if (item instanceof ProposalListView.Row r) {
            row = Messages.phrase("row.proposal", r.no());
        } else if (item instanceof Columns.CellLine l) {
            row = l.total() ? Messages.phrase("row.totals") : Messages.phrase("row.cell", l.name());
        } else {
            row = Messages.phrase("row.other");
        }
        return Messages.errorVariant("report.data", "row", e, c.id(), row, c.table(), Messages.describe(e));
    }

    @Override
    public Object getFieldValue(JRField field) {
        return value(current, field.getName());
    }

    /** The value of field {@code name} in {@code line}: what the template prints, or null. */
    Object value(Line line, String name) {
        switch (name) {
            case TemplateNames.F_BLOCK:
                return line.block();
            case TemplateNames.F_TABLE:
                return line.table();
            case TemplateNames.F_STYLE:
                return line.style();
            case TemplateNames.F_GROUP_LABEL:
                return line.group();
            case TemplateNames.F_TEXT:
                return Markup.xmlSafe(line.text());
            default:
                break;
        }
        Columns.Column c = columns.get(name);
        if (c != null) {
            if (line.item() == null || !c.table().name().equals(line.table())) {
                return null;
            }
            String v;
            try {
                v = Markup.xmlSafe(VietnameseText.nfc(c.value().apply(line.item(), labels)));
            } catch (RuntimeException e) {
                throw badRow(line, c, e);
            }
            if (!DesignFactory.styledCells(c.table())) {
                return v; // a plain-text cell: printed as it is
            }
            v = Markup.escape(v);
            return line.bold() ? Markup.bold(v) : v;
        }
        return Markup.xmlSafe(line.extra().get(name));
    }
}
