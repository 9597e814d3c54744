package io.github.ghidanh.report.internal;

import io.github.ghidanh.report.Table;
import java.util.List;

/** The six documents, their page orientation and the tables they contain. */
public enum DocType {
    LETTER(false, false, List.of()),
    CELL_REPORT(true, true, List.of(Table.ENTRIES, Table.PROPOSALS)),
    PROPOSAL_LIST(true, true, List.of(Table.PROPOSALS)),
    HONOUR_ROLL(true, true, List.of(Table.ENTRIES)),
    WARD_SUMMARY(true, true, List.of(Table.CELLS, Table.ENTRIES)),
    CERTIFICATES(true, false, List.of());

    private final boolean landscape;
    private final boolean tabular;
    private final List<Table> tables;

    DocType(boolean landscape, boolean tabular, List<Table> tables) {
        this.landscape = landscape;
        this.tabular = tabular;
        this.tables = tables;
    }

    public boolean landscape() {
        return landscape;
    }

    /** Whether the document is a table one would open in a spreadsheet (XLSX allowed). */
    public boolean tabular() {
        return tabular;
    }

    public List<Table> tables() {
        return tables;
    }
}
