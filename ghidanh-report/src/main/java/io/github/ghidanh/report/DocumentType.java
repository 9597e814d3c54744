package io.github.ghidanh.report;

import io.github.ghidanh.core.view.CellReportView;
import io.github.ghidanh.core.view.CertificatesView;
import io.github.ghidanh.core.view.DirectiveLetterView;
import io.github.ghidanh.core.view.DocumentView;
import io.github.ghidanh.core.view.HonourRollView;
import io.github.ghidanh.core.view.ProposalListView;
import io.github.ghidanh.core.view.WardSummaryView;
import io.github.ghidanh.report.internal.Messages;
import java.util.List;

/**
 * The six documents, one per {@link DocumentView}: which view each is made from, whether it has an
 * XLSX form, and the tables of its layout. A host names a document by its type to give it its own
 * template ({@link Reports.Builder#template(DocumentType, Template)}).
 */
public enum DocumentType {
    /** Công văn: the directive letter that opens a campaign. */
    LETTER(DirectiveLetterView.class, false, List.of()),
    /** Báo cáo kết quả đánh giá, ghi danh: a cell's report. */
    CELL_REPORT(CellReportView.class, true, List.of(Table.ENTRIES, Table.PROPOSALS)),
    /** Danh sách đề nghị ghi danh: the proposals to the level above. */
    PROPOSAL_LIST(ProposalListView.class, true, List.of(Table.PROPOSALS)),
    /** Sổ ghi danh: an organisation's honour roll. */
    HONOUR_ROLL(HonourRollView.class, true, List.of(Table.ENTRIES)),
    /** Tổng hợp kết quả ghi danh: the summary of the level above over its cells. */
    WARD_SUMMARY(WardSummaryView.class, true, List.of(Table.CELLS, Table.ENTRIES)),
    /** Giấy chứng nhận ghi danh: one page per honouree. */
    CERTIFICATES(CertificatesView.class, false, List.of());

    private final Class<? extends DocumentView> viewType;
    private final boolean tabular;
    private final List<Table> tables;

    DocumentType(Class<? extends DocumentView> viewType, boolean tabular, List<Table> tables) {
        this.viewType = viewType;
        this.tabular = tabular;
        this.tables = tables;
    }

    /** The type of the document {@code view} is made into; a {@link ReportException} for null. */
    public static DocumentType of(DocumentView view) {
        if (view != null) {
            for (DocumentType t : values()) {
                if (t.viewType.isInstance(view)) {
                    return t;
                }
            }
        }
        throw Messages.error("report.view.missing");
    }

    /** The view this document is made from. */
    public Class<? extends DocumentView> viewType() {
        return viewType;
    }

    /** Whether the document is a table one would open in a spreadsheet (so it has an XLSX form). */
    public boolean tabular() {
        return tabular;
    }

    /** The tables of the library's layout, whose columns {@link RenderOptions.Builder#columns} chooses. */
    public List<Table> tables() {
        return tables;
    }
}
