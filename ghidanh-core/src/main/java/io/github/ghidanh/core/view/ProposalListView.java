package io.github.ghidanh.core.view;

import io.github.ghidanh.core.internal.Args;
import io.github.ghidanh.core.model.Campaign;
import io.github.ghidanh.core.model.Nominee;
import io.github.ghidanh.core.model.NomineeKind;
import java.util.List;

/**
 * The proposal list (Danh sách đề nghị ghi danh) of one organisation to the level above, grouped by
 * nominee kind (models, collectives, individuals), numbered within each group.
 *
 * @param context header and signature
 * @param campaign the campaign
 * @param proposerName the proposing organisation's name
 * @param proposedLevel the level proposed to, e.g. "Đảng ủy phường"
 * @param groups one group per kind that has rows, in the order MODEL, COLLECTIVE, INDIVIDUAL
 * @param receiverName the name of the body the list goes to (the proposer's parent), e.g. "Đảng ủy
 *     phường Duyên Hải"; may be null
 */
public record ProposalListView(DocumentContext context, Campaign campaign, String proposerName, String proposedLevel,
        List<Group> groups, String receiverName) implements DocumentView {

    public ProposalListView {
        proposerName = Args.nfc(proposerName);
        proposedLevel = Args.nfc(proposedLevel);
        groups = Args.list(groups);
        receiverName = Args.nfc(receiverName);
    }

    /** A list whose receiving body is not named. */
    public ProposalListView(DocumentContext context, Campaign campaign, String proposerName, String proposedLevel,
            List<Group> groups) {
        this(context, campaign, proposerName, proposedLevel, groups, null);
    }

    /** Rows of one kind. */
    public record Group(NomineeKind kind, List<Row> rows) {
        public Group {
            rows = Args.list(rows);
        }
    }

    /**
     * One proposed nominee.
     *
     * @param no STT within the group, from 1
     * @param nominee the nominee as proposed
     * @param proposedLevel the level proposed
     * @param note notes (ghi chú); may be null
     */
    public record Row(int no, Nominee nominee, String proposedLevel, String note) {
        public Row {
            proposedLevel = Args.nfc(proposedLevel);
            note = Args.nfc(note);
        }
    }
}
