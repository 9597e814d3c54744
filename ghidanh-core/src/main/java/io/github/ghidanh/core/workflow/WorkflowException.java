package io.github.ghidanh.core.workflow;

import io.github.ghidanh.core.GhidanhException;
import io.github.ghidanh.core.criteria.Reason;
import io.github.ghidanh.core.internal.CoreMessages;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A workflow step was refused: recording or proposing a nominee that is not eligible (the
 * {@link #reasons() reasons} say why, each citing its clause), an unknown nominee, proposal or
 * organisation, a step out of order (accepting a proposal twice, correcting a superseded entry…).
 * Nothing was changed when this is thrown.
 */
public final class WorkflowException extends GhidanhException {
    private static final long serialVersionUID = 1L;

    /** The nominee is not eligible; {@link #reasons()} lists why. */
    public static final String NOT_ELIGIBLE = "workflow.notEligible";
    /** The nominee was never evaluated in this campaign. */
    public static final String NOT_EVALUATED = "workflow.notEvaluated";
    /** The organisation is not in the campaign's organisation tree, or cannot do this step. */
    public static final String UNKNOWN_ORGANISATION = "workflow.unknownOrganisation";
    /** The nominee is already recorded (current entry) in that roll for this campaign. */
    public static final String ALREADY_RECORDED = "workflow.alreadyRecorded";
    /** The nominee already has a pending or accepted proposal. */
    public static final String ALREADY_PROPOSED = "workflow.alreadyProposed";
    /** No proposal has that id. */
    public static final String UNKNOWN_PROPOSAL = "workflow.unknownProposal";
    /** The proposal was already accepted or returned. */
    public static final String NOT_PENDING = "workflow.notPending";
    /** The proposing cell has not submitted yet, so the level above has not received it. */
    public static final String NOT_SUBMITTED = "workflow.notSubmitted";
    /** The cell already submitted for this campaign. */
    public static final String ALREADY_SUBMITTED = "workflow.alreadySubmitted";
    /** The roll has no entry with that number. */
    public static final String UNKNOWN_ENTRY = "workflow.unknownEntry";
    /** The entry was already superseded; correct its latest correction instead. */
    public static final String ALREADY_SUPERSEDED = "workflow.alreadySuperseded";
    /** A required argument (actor, reason, nominee…) is missing or inconsistent. */
    public static final String INVALID_ARGUMENT = "workflow.invalidArgument";
    /** Entries given for an existing roll are not numbered 1, 2, 3… or link wrongly. */
    public static final String INVALID_ROLL = "workflow.invalidRoll";

    private final transient List<Reason> reasons;

    WorkflowException(String code, String messageVi, String messageEn) {
        this(code, messageVi, messageEn, List.of());
    }

    WorkflowException(String code, String messageVi, String messageEn, List<Reason> reasons) {
        super(code, messageVi, messageEn, null);
        this.reasons = reasons == null ? List.of() : List.copyOf(reasons);
    }

    /** The reasons of a refused nominee (for {@link #NOT_ELIGIBLE}), each with its clause id; else empty. */
    public List<Reason> reasons() {
        return reasons == null ? List.of() : reasons;
    }

    /** A refused step whose message is {@code messageKey} of the core messages, filled from name–value pairs. */
    static WorkflowException of(String code, String messageKey, Object... namesAndValues) {
        CoreMessages.Text t = CoreMessages.of(messageKey, namesAndValues);
        return new WorkflowException(code, t.vi(), t.en());
    }

    /**
     * The nominee is not eligible for the action ({@code workflow.action.*}); the message lists the
     * reasons, each with its clause.
     */
    static WorkflowException notEligible(String actionKey, String nomineeId, String name, List<Reason> reasons) {
        String vi = reasons.stream().map(r -> "[" + r.clauseId() + "] " + (r.messageVi() == null ? r.messageKey() : r.messageVi()))
                .collect(Collectors.joining("; "));
        String en = reasons.stream().map(r -> "[" + r.clauseId() + "] " + (r.messageEn() == null ? r.messageKey() : r.messageEn()))
                .collect(Collectors.joining("; "));
        CoreMessages.Text t = CoreMessages.of("workflow.nominee.notEligible", "action", CoreMessages.of(actionKey),
                "name", display(name, nomineeId), "nominee", nomineeId, "reasons", new CoreMessages.Text(vi, en));
        return new WorkflowException(NOT_ELIGIBLE, t.vi(), t.en(), reasons);
    }

    /** A required argument is missing or inconsistent: {@code whatKey} ({@code workflow.invalid.*}) says which. */
    static WorkflowException invalid(String whatKey, Object... namesAndValues) {
        return of(INVALID_ARGUMENT, "workflow.invalid", "what", CoreMessages.of(whatKey, namesAndValues));
    }

    private static String display(String name, String id) {
        return name == null || name.isBlank() ? id : name;
    }
}
