package io.github.ghidanh.report.internal;

import io.github.ghidanh.core.text.VietnameseText;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import net.sf.jasperreports.engine.JRDataSource;
import net.sf.jasperreports.engine.JRField;

/**
 * A {@link JRDataSource} over the body {@link Line}s of a document (records do not work with
 * JRBeanCollectionDataSource). Table cells are computed lazily from the row's item by the column
 * catalogue, normalised to NFC and escaped for styled markup.
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

    @Override
    public Object getFieldValue(JRField field) {
        String name = field.getName();
        switch (name) {
            case DesignFactory.F_BLOCK:
                return current.block();
            case DesignFactory.F_TABLE:
                return current.table();
            case DesignFactory.F_STYLE:
                return current.style();
            case DesignFactory.F_GROUP:
                return current.group();
            case DesignFactory.F_TEXT:
                return Markup.xmlSafe(current.text());
            default:
                break;
        }
        Columns.Column c = columns.get(name);
        if (c != null) {
            if (current.item() == null || c.table().name().equals(current.table()) == false) {
                return null;
            }
            String v = Markup.escape(Markup.xmlSafe(VietnameseText.nfc(c.value().apply(current.item(), labels))));
            return current.bold() ? Markup.bold(v) : v;
        }
        return Markup.xmlSafe(current.extra().get(name));
    }
}
