package io.github.ghidanh.core.workflow;

import io.github.ghidanh.core.criteria.Decision;
import io.github.ghidanh.core.internal.Args;
import io.github.ghidanh.core.model.Nominee;
import java.time.Instant;
import java.util.Objects;

/**
 * A proposal of one nominee by an organisation (normally a party cell) to the level above, with the
 * evaluation attached. Accepting or returning it gives a new {@code Proposal} value with the
 * resolution filled in; the old value is never changed.
 *
 * @param id the proposal id, unique in its campaign ("P1", "P2", … in order of proposal)
 * @param campaignId the campaign
 * @param fromId the proposing organisation (the nominee's cell)
 * @param toId the receiving organisation (the proposer's parent)
 * @param nominee the nominee as proposed
 * @param decision the evaluation attached (eligible)
 * @param cellEntryNumber the number of the nominee's current entry in the proposer's roll, or null if it was not recorded there
 * @param note the note (ghi chú) of the proposal list; may be null
 * @param proposedBy who proposed
 * @param proposedAt when
 * @param status pending, accepted or returned
 * @param resolvedBy who accepted or returned it; null while pending
 * @param resolvedAt when; null while pending
 * @param returnReason why it was returned; null unless returned
 * @param acceptedEntryNumber the number of the entry in the receiver's roll; null unless accepted
 */
public record Proposal(String id, String campaignId, String fromId, String toId, Nominee nominee, Decision decision,
        Integer cellEntryNumber, String note, String proposedBy, Instant proposedAt, Status status, String resolvedBy,
        Instant resolvedAt, String returnReason, Integer acceptedEntryNumber) {

    public Proposal {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(nominee, "nominee");
        Objects.requireNonNull(status, "status");
        campaignId = Args.nfc(campaignId);
        fromId = Args.nfc(fromId);
        toId = Args.nfc(toId);
        note = Args.nfc(note);
        proposedBy = Args.nfc(proposedBy);
        resolvedBy = Args.nfc(resolvedBy);
        returnReason = Args.nfc(returnReason);
    }

    /** The state of a proposal. */
    public enum Status {
        PENDING("Chờ xem xét", "Pending"),
        ACCEPTED("Đã ghi danh", "Accepted"),
        RETURNED("Trả lại", "Returned");

        private final String labelVi;
        private final String labelEn;

        Status(String labelVi, String labelEn) {
            this.labelVi = labelVi;
            this.labelEn = labelEn;
        }

        public String labelVi() {
            return labelVi;
        }

        public String labelEn() {
            return labelEn;
        }
    }

    Proposal accepted(String by, Instant at, int entryNumber) {
        return new Proposal(id, campaignId, fromId, toId, nominee, decision, cellEntryNumber, note, proposedBy,
                proposedAt, Status.ACCEPTED, by, at, null, entryNumber);
    }

    /** This proposal as it was before it was answered. */
    Proposal pending() {
        return new Proposal(id, campaignId, fromId, toId, nominee, decision, cellEntryNumber, note, proposedBy,
                proposedAt, Status.PENDING, null, null, null, null);
    }

    Proposal returned(String by, Instant at, String reason) {
        return new Proposal(id, campaignId, fromId, toId, nominee, decision, cellEntryNumber, note, proposedBy,
                proposedAt, Status.RETURNED, by, at, reason, null);
    }
}
