package io.github.ghidanh.interchange.spreadsheet;

import io.github.ghidanh.interchange.BilingualMessage;
import java.util.List;

/** A sheet as read from a file: rows of cell texts, each cell possibly carrying a read error. */
record RawSheet(List<RawRow> rows, Character delimiter, boolean bom) {

    /** One row; {@code number} is the 1-based row (line) number the user sees. */
    record RawRow(int number, List<RawCell> cells) {
        String text(int col) {
            return col < cells.size() ? cells.get(col).text() : "";
        }

        RawCell cell(int col) {
            return col < cells.size() ? cells.get(col) : RawCell.EMPTY;
        }

        boolean blank() {
            return cells.stream().allMatch(c -> c.text().isBlank() && c.error() == null);
        }
    }

    /** A cell's text (never null) and, if it could not be read, why. */
    record RawCell(String text, BilingualMessage error) {
        static final RawCell EMPTY = new RawCell("", null);

        static RawCell of(String text) {
            return new RawCell(text == null ? "" : text, null);
        }
    }
}
