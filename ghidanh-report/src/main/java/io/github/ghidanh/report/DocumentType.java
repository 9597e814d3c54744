package io.github.ghidanh.report;

import io.github.ghidanh.core.view.CellReportView;
import io.github.ghidanh.core.view.CertificatesView;
import io.github.ghidanh.core.view.DirectiveLetterView;
import io.github.ghidanh.core.view.DocumentKind;
import io.github.ghidanh.core.view.DocumentView;
import io.github.ghidanh.core.view.HonourRollView;
import io.github.ghidanh.core.view.ProposalListView;
import io.github.ghidanh.core.view.WardSummaryView;
import io.github.ghidanh.report.internal.Messages;
import java.util.List;

/**
 * The six documents, one per {@link DocumentView}, as layouts: which view each is made from, the
 * formats it has, and the tables of its layout. A host names a document by its type to give it its own
 * template ({@link Reports.Builder#template(DocumentType, Template)}). The same six documents as the
 * domain knows them (who issues each, its read model) are {@link DocumentKind}; {@link #kind()} and
 * {@link #of(DocumentKind)} go from one to the other.
 */
public enum DocumentType {
    /** Công văn: the directive letter that opens a campaign. */
    LETTER(DocumentKind.LETTER, DirectiveLetterView.class, List.of()),
    /** Báo cáo kết quả đánh giá, ghi danh: a cell's report. */
    CELL_REPORT(DocumentKind.CELL_REPORT, CellReportView.class, List.of(Table.ENTRIES, Table.PROPOSALS)),
    /** Danh sách đề nghị ghi danh: the proposals to the level above. */
    PROPOSAL_LIST(DocumentKind.PROPOSAL_LIST, ProposalListView.class, List.of(Table.PROPOSALS)),
    /** Sổ ghi danh: an organisation's honour roll. */
    HONOUR_ROLL(DocumentKind.HONOUR_ROLL, HonourRollView.class, List.of(Table.ENTRIES)),
    /** Tổng hợp kết quả ghi danh: the summary of the level above over its cells. */
    WARD_SUMMARY(DocumentKind.WARD_SUMMARY, WardSummaryView.class, List.of(Table.CELLS, Table.ENTRIES)),
    /** Giấy chứng nhận ghi danh: one page per honouree. */
    CERTIFICATES(DocumentKind.CERTIFICATES, CertificatesView.class, List.of());

    private final DocumentKind kind;
    private final Class<? extends DocumentView> viewType;
    private final List<Table> tables;

    DocumentType(DocumentKind kind, Class<? extends DocumentView> viewType, List<Table> tables) {
        this.kind = kind;
        this.viewType = viewType;
        this.tables = tables;
    }

    /** The layout of {@code kind}. */
    public static DocumentType of(DocumentKind kind) {
        return valueOf(kind.name());
    }

    /** The document as the domain knows it: who issues it, how its read model is built. */
    public DocumentKind kind() {
        return kind;
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
        return kind.tabular();
    }

    /** The formats the document has: PDF and DOCX, and XLSX for the tables. */
    public List<Format> formats() {
        return formats(kind);
    }

    /** The formats {@code kind} has: PDF and DOCX, and XLSX for the tables. */
    public static List<Format> formats(DocumentKind kind) {
        return kind.tabular() ? List.of(Format.PDF, Format.DOCX, Format.XLSX) : List.of(Format.PDF, Format.DOCX);
    }

    /** The tables of the library's layout, whose columns {@link RenderOptions.Builder#columns} chooses. */
    public List<Table> tables() {
        return tables;
    }
}
