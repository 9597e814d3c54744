package io.github.ghidanh.report;

import java.util.List;

/**
 * The tables the documents contain. Each has a set of available columns (by id) and a default
 * column list; a host can choose, reorder and hide columns per table with
 * {@link RenderOptions.Builder#columns(Table, List)}. Column widths are shared out in proportion to
 * each column's weight over the printable width, so any choice fills the page.
 */
public enum Table {
    /**
     * Honour-roll entries: the honour roll, the cell report's recorded entries and the ward
     * summary's honourees.
     */
    ENTRIES(List.of("no", "date", "kind", "name", "positionUnit", "categoryField", "achievements", "level",
            "decision", "note"),
            List.of("no", "date", "kind", "name", "positionUnit", "categoryField", "achievements", "rating",
                    "level", "decision", "note", "recordedBy")),
    /** Proposals: the proposal list and the cell report's proposals, grouped by kind. */
    PROPOSALS(List.of("no", "name", "birthSex", "position", "unit", "categoryField", "achievements", "rating",
            "level", "note"),
            List.of("no", "name", "birthSex", "citizenId", "position", "unit", "categoryField", "achievements", "rating",
                    "score", "level", "note")),
    /** Cells of the ward summary, with a totals row. */
    CELLS(List.of("no", "cell", "models", "collectives", "individuals", "leaders", "women", "minority", "canBo", "dangVien", "congChuc",
            "vienChuc", "chienSi", "nhanDan", "status", "supervisor"),
            List.of("no", "cell", "evaluated", "eligible", "recorded", "proposed", "accepted", "returned", "models",
                    "collectives", "individuals", "leaders", "women", "minority", "canBo", "dangVien", "congChuc", "vienChuc",
                    "chienSi", "nhanDan", "status", "submittedOn", "supervisor"));

    private final List<String> defaults;
    private final List<String> available;

    Table(List<String> defaults, List<String> available) {
        this.defaults = defaults;
        this.available = available;
    }

    /** The default column ids, in order. */
    public List<String> defaultColumns() {
        return defaults;
    }

    /** Every column id this table knows. */
    public List<String> availableColumns() {
        return available;
    }
}
