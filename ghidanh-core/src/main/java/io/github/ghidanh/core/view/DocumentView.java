package io.github.ghidanh.core.view;

/**
 * The read model of one official document: exactly one of the six documents a campaign produces.
 * Sealed, so that a renderer taking a {@code DocumentView} accepts these six and nothing else at
 * compile time, and a new document is a compile error wherever the documents are told apart.
 */
public sealed interface DocumentView permits DirectiveLetterView, CellReportView, ProposalListView, HonourRollView,
        WardSummaryView, CertificatesView {

    /** The header, number, place and date, signature and distribution of the document. */
    DocumentContext context();
}
