package io.github.ghidanh.core.workflow;

import io.github.ghidanh.core.internal.Args;
import java.time.Instant;
import java.util.Objects;

/**
 * One entry of a campaign's audit trail: what happened, who did it and when.
 *
 * @param sequence 1, 2, 3… in the order the events happened
 * @param type what happened
 * @param actor who did it
 * @param at when (from the workflow's clock)
 * @param organisationId the organisation concerned (the cell, or the roll owner); may be null
 * @param nomineeId the nominee concerned; may be null
 * @param proposalId the proposal concerned; may be null
 * @param entryNumber the roll entry made; may be null
 * @param detail free detail: the return or correction reason, "late", "eligible"/"not eligible"…; may be null
 */
public record WorkflowEvent(long sequence, Type type, String actor, Instant at, String organisationId,
        String nomineeId, String proposalId, Integer entryNumber, String detail) {

    public WorkflowEvent {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(at, "at");
        actor = Args.nfc(actor);
        organisationId = Args.nfc(organisationId);
        nomineeId = Args.nfc(nomineeId);
        detail = Args.nfc(detail);
    }

    /** What happened. */
    public enum Type {
        OPENED, EVALUATED, RECORDED, PROPOSED, SUBMITTED, ACCEPTED, RETURNED, CORRECTED
    }
}
