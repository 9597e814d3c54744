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
                throw tooLong(spec.type() + "", p.getKey(), s.length());
            }
        }
        int n = 0;
        for (Line line : spec.lines()) {
            n++;
            if (line.text() != null && line.text().length() > MAX) {
                throw tooLong(spec.type() + ", đoạn/paragraph " + n, "text", line.text().length());
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

    private static String record(Object item, int line) {
        if (item instanceof HonourRollEntry e) {
            return "entry/mục " + e.number() + " (" + cut(e.nominee().id()) + ")";
        }
        if (item instanceof ProposalListView.Row r) {
            return "proposal/đề nghị " + r.no() + " (" + cut(r.nominee().id()) + ")";
        }
        return "row/dòng " + line;
    }

    private static String cut(String s) {
        return s == null ? "" : s.length() > 60 ? s.substring(0, 60) + "…" : s;
    }

    private static ReportException tooLong(String record, String field, int length) {
        return new ReportException("report.text.tooLong",
                "Văn bản quá dài để in: trường " + field + " của " + record + " có " + length + " ký tự (tối đa "
                        + MAX + "). Hãy rút gọn nội dung rồi lập lại văn bản.",
                "Text too long to print: field " + field + " of " + record + " has " + length + " characters (at most "
                        + MAX + "). Shorten it and render again.");
    }
}
