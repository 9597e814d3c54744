package io.github.ghidanh.report.internal;

import io.github.ghidanh.core.view.ProposalListView;
import io.github.ghidanh.core.workflow.HonourRollEntry;
import io.github.ghidanh.report.ReportException;
import java.util.Map;

/**
 * The longest text a document prints in one place. JasperReports measures and wraps text with a
 * break iterator whose cost grows much faster than the text: a 100,000-character field without
 * spaces keeps a render busy for many minutes. Every printed value is checked before filling, and a
 * longer one is refused with a {@link ReportException} naming the record and the field, so bad
 * input never hangs a render. The model's own limits (500 characters for a name, 4,000 for a
 * description) are far below this one.
 */
final class TextLimits {
    /** Characters of one printed value (a paragraph, a table cell, a header field). */
    static final int MAX = 10_000;

    private TextLimits() {
    }

    static void check(DocSpec spec, Map<String, Columns.Column> byField, Labels labels) {
        for (Map.Entry<String, Object> p : spec.params().entrySet()) {
            if (p.getValue() instanceof String s && s.length() > MAX) {
                throw tooLong(spec.type(), p.getKey(), s.length());
            }
        }
        int n = 0;
        for (Line line : spec.lines()) {
            n++;
            if (line.text() != null && line.text().length() > MAX) {
                throw tooLong(Messages.phrase("record.paragraph", spec.type(), n), "text", line.text().length());
            }
            for (Map.Entry<String, String> e : line.extra().entrySet()) {
                if (e.getValue() != null && e.getValue().length() > MAX) {
                    throw tooLong(record(line.item(), n), e.getKey(), e.getValue().length());
                }
            }
            if (line.item() == null) {
                continue;
            }
            for (Columns.Column c : byField.values()) {
                if (c.table().name().equals(line.table())) {
                    String v;
                    try {
                        v = c.value().apply(line.item(), labels);
                    } catch (RuntimeException e) {
                        continue; // reported, naming the row and column, when the filler asks for it
                    }
                    if (v != null && v.length() > MAX) {
                        throw tooLong(record(line.item(), n), c.table() + "." + c.id(), v.length());
                    }
                }
            }
        }
    }

    private static Messages.Phrase record(Object item, int line) {
        if (item instanceof HonourRollEntry e) {
            return Messages.phrase("record.entry", e.number(), cut(e.nominee().id()));
        }
        if (item instanceof ProposalListView.Row r) {
            return Messages.phrase("record.proposal", r.no(), cut(r.nominee().id()));
        }
        return Messages.phrase("record.row", line);
    }

    private static String cut(String s) {
        return s == null ? "" : s.length() > 60 ? s.substring(0, 60) + "…" : s;
    }

    private static ReportException tooLong(Object record, String field, int length) {
        return Messages.error("report.text.tooLong", field, record, length, MAX);
    }
}
