package io.github.ghidanh.core.view;

import io.github.ghidanh.core.internal.Args;
import io.github.ghidanh.core.model.Campaign;
import io.github.ghidanh.core.workflow.HonourRollEntry;
import java.time.LocalDate;
import java.util.List;

/**
 * The ward-level summary (Tổng hợp kết quả ghi danh): one row per cell with its counts, submission
 * status and supervising member (CV-3, CV-4), the totals, and the ward-level honourees.
 *
 * @param context header and signature
 * @param campaign the campaign
 * @param rows one row per cell, in tree order
 * @param totals the sum over the rows
 * @param honourees the entries of the ward's own roll for the campaign
 */
public record WardSummaryView(DocumentContext context, Campaign campaign, List<CellRow> rows, CellCounts totals,
        List<HonourRollEntry> honourees) implements DocumentView {

    public WardSummaryView {
        rows = Args.list(rows);
        honourees = Args.list(honourees);
    }

    /** The number of cells with the given status. */
    public long count(SubmissionStatus status) {
        return rows.stream().filter(r -> r.status() == status).count();
    }

    /**
     * One cell's row.
     *
     * @param cellId the cell's id
     * @param cellName the cell's name
     * @param supervisor the supervising committee member (CV-3); may be null
     * @param status on time, late or missing (CV-4)
     * @param submittedOn the submission date, or null
     * @param counts the cell's counts (all zero when missing)
     */
    public record CellRow(String cellId, String cellName, String supervisor, SubmissionStatus status,
            LocalDate submittedOn, CellCounts counts) {
        public CellRow {
            cellId = Args.nfc(cellId);
            cellName = Args.nfc(cellName);
            supervisor = Args.nfc(supervisor);
        }
    }
}
