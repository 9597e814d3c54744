package io.github.ghidanh.report.internal;

import java.util.Map;

/**
 * One row of a document's body: a paragraph of a style, or a table row whose item the columns print.
 *
 * @param block the body block (a run of paragraphs, or one table): tables repeat their header per block
 * @param table the table name for table rows, "" for paragraphs
 * @param style the paragraph style for paragraphs, "" for table rows
 * @param group the kind group label of proposal rows, "" otherwise
 * @param item the row's object for the columns (entry, proposal, cell line), or null
 * @param text the paragraph's styled text (already escaped), or null
 * @param extra further named text fields (certificates)
 * @param bold whether a table row is printed bold (totals)
 */
record Line(int block, String table, String style, String group, Object item, String text,
        Map<String, String> extra, boolean bold) {

    static Line paragraph(int block, String style, String styledText) {
        return new Line(block, "", style, "", null, styledText, Map.of(), false);
    }

    static Line row(int block, String table, String group, Object item, boolean bold) {
        return new Line(block, table, "", group, item, null, Map.of(), bold);
    }
}
