package io.github.ghidanh.core.view;

import io.github.ghidanh.core.internal.Args;
import io.github.ghidanh.core.model.Campaign;
import io.github.ghidanh.core.workflow.HonourRollEntry;
import java.time.LocalDate;
import java.util.List;

/**
 * A cell's report (Báo cáo kết quả đánh giá, ghi danh): narrative paragraphs with its counts and
 * results, its table of recorded entries and the list of what it proposes.
 *
 * @param context header and signature
 * @param campaign the campaign
 * @param cellName the cell's name
 * @param supervisor the supervising committee member (CV-3); may be null
 * @param submittedOn the submission date; null if not yet submitted
 * @param status on time, late or missing (CV-4)
 * @param counts the cell's counts
 * @param narrative the narrative paragraphs, already worded
 * @param recorded the cell's recorded entries for the campaign
 * @param proposals the proposals to the level above
 */
public record CellReportView(DocumentContext context, Campaign campaign, String cellName, String supervisor,
        LocalDate submittedOn, SubmissionStatus status, CellCounts counts, List<String> narrative,
        List<HonourRollEntry> recorded, List<ProposalListView.Row> proposals) implements DocumentView {

    public CellReportView {
        cellName = Args.nfc(cellName);
        supervisor = Args.nfc(supervisor);
        narrative = Args.nfcList(narrative);
        recorded = Args.list(recorded);
        proposals = Args.list(proposals);
    }
}
