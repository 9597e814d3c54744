package io.github.ghidanh.core.workflow;

import io.github.ghidanh.core.criteria.CriteriaEngine;
import io.github.ghidanh.core.criteria.CriteriaProfile;
import io.github.ghidanh.core.criteria.Decision;
import io.github.ghidanh.core.internal.CoreMessages;
import io.github.ghidanh.core.model.Campaign;
import io.github.ghidanh.core.model.Nominee;
import io.github.ghidanh.core.model.Organisation;
import io.github.ghidanh.core.model.OrganisationTree;
import io.github.ghidanh.core.text.VietnameseText;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The workflow of one campaign (CV-1, CV-4): cells evaluate nominees, record some in their own
 * honour roll, propose some to the level above and submit; the level above accepts a proposal (a
 * new entry in its own roll, linked to the cell's entry) or returns it with a reason. Honour rolls
 * are append-only and numbered without gaps; a correction is a new entry superseding an old one.
 * Every step is an event carrying who (the {@code actor} argument) and when (the injected
 * {@link Clock}; the clock is read once per step and never elsewhere, so a fixed or stepped clock
 * makes runs reproducible).
 *
 * <p>Only eligible nominees can be recorded, proposed, accepted or used as a correction; trying
 * otherwise throws a {@link WorkflowException} with code {@link WorkflowException#NOT_ELIGIBLE} and
 * the engine's reasons. Every refused step leaves the workflow unchanged.
 *
 * <p><b>Thread-safety:</b> a {@code CampaignWorkflow} is a mutable aggregate and is <em>not</em>
 * thread-safe: confine it to one thread (or guard every call with one lock). Everything it returns
 * ({@link Decision}, {@link HonourRollEntry}, {@link Proposal}, {@link Submission},
 * {@link HonourRoll}, {@link CampaignState}) is an immutable value, safe to share; take a
 * {@link #snapshot()} to hand the state to other threads or to the read-model builders.
 */
public final class CampaignWorkflow {

    private final Campaign campaign;
    private final OrganisationTree tree;
    private final CriteriaProfile profile;
    private final Evaluator engine;
    private final Clock clock;

    private final Map<String, Evaluation> evaluations = new LinkedHashMap<>();
    private final List<Evaluation> evaluationHistory = new ArrayList<>();
    private final List<Proposal> proposals = new ArrayList<>();
    private final Map<String, Integer> proposalIndex = new HashMap<>();
    /** nominee id → index in {@link #proposals} of the nominee's latest proposal. */
    private final Map<String, Integer> latestProposalIndex = new HashMap<>();
    private final Map<String, Submission> submissions = new LinkedHashMap<>();
    private final Map<String, Roll> rolls = new LinkedHashMap<>();
    private final List<WorkflowEvent> events = new ArrayList<>();

    /** How a nominee is evaluated; the engine in production, a stand-in in this package's tests. */
    @FunctionalInterface
    interface Evaluator {
        Decision evaluate(Nominee nominee, CriteriaProfile profile, Campaign campaign, LocalDate on);
    }

    private CampaignWorkflow(Campaign campaign, OrganisationTree tree, CriteriaProfile profile, Evaluator engine,
            Clock clock) {
        this.campaign = Objects.requireNonNull(campaign, "campaign");
        this.tree = Objects.requireNonNull(tree, "tree");
        this.profile = Objects.requireNonNull(profile, "profile");
        this.engine = Objects.requireNonNull(engine, "engine");
        this.clock = Objects.requireNonNull(clock, "clock");
        if (tree.find(campaign.issuerId()).isEmpty()) {
            throw WorkflowException.of(WorkflowException.UNKNOWN_ORGANISATION, "workflow.issuer.unknown",
                    "issuer", campaign.issuerId(), "campaign", campaign.id());
        }
    }

    /** Opens a campaign with the default {@link CriteriaEngine} and no earlier roll entries. */
    public static CampaignWorkflow open(Campaign campaign, OrganisationTree tree, CriteriaProfile profile, Clock clock,
            String actor) {
        return open(campaign, tree, profile, CriteriaEngine.create(), clock, actor, List.of());
    }

    /**
     * Opens a campaign.
     *
     * @param existingRolls rolls kept from earlier campaigns; new entries continue their numbering
     * @throws WorkflowException if the issuer is not in the tree, a roll's owner is not in the tree, or the actor is blank
     */
    public static CampaignWorkflow open(Campaign campaign, OrganisationTree tree, CriteriaProfile profile,
            CriteriaEngine engine, Clock clock, String actor, Collection<HonourRoll> existingRolls) {
        Objects.requireNonNull(engine, "engine");
        return open(campaign, tree, profile, (Evaluator) engine::evaluate, clock, actor, existingRolls);
    }

    static CampaignWorkflow open(Campaign campaign, OrganisationTree tree, CriteriaProfile profile,
            Evaluator engine, Clock clock, String actor, Collection<HonourRoll> existingRolls) {
        CampaignWorkflow w = new CampaignWorkflow(campaign, tree, profile, engine, clock);
        String who = actor(actor);
        if (existingRolls != null) {
            for (HonourRoll r : existingRolls) {
                w.organisation(r.ownerId());
                if (w.rolls.containsKey(r.ownerId())) {
                    throw WorkflowException.of(WorkflowException.INVALID_ROLL, "workflow.roll.twice", "owner", r.ownerId());
                }
                Roll roll = w.rollOf(r.ownerId());
                for (HonourRollEntry e : r.entries()) {
                    roll.add(e);
                }
            }
        }
        w.event(WorkflowEvent.Type.OPENED, who, w.clock.instant(), campaign.issuerId(), null, null, null,
                campaign.id());
        return w;
    }

    public Campaign campaign() {
        return campaign;
    }

    public OrganisationTree tree() {
        return tree;
    }

    public CriteriaProfile profile() {
        return profile;
    }

    /**
     * Evaluates a nominee of one of the tree's organisations (its {@code cellId}) on the clock's
     * current date and keeps the evaluation; evaluating a nominee again (e.g. after completing its
     * file) replaces the earlier evaluation, but not what was already recorded or proposed.
     *
     * @return the engine's decision
     */
    public Decision evaluate(Nominee nominee, String actor) {
        if (nominee == null) {
            throw WorkflowException.invalid("workflow.invalid.nominee");
        }
        String who = actor(actor);
        organisation(nominee.cellId());
        Evaluation earlier = evaluations.get(nominee.id());
        if (earlier != null && !earlier.nominee().cellId().equals(nominee.cellId())) {
            throw WorkflowException.of(WorkflowException.INVALID_ARGUMENT, "workflow.nominee.idReused",
                    "nominee", nominee.id(), "cell", earlier.nominee().cellId());
        }
        Instant at = clock.instant();
        LocalDate on = date(at);
        Decision d = engine.evaluate(nominee, profile, campaign, on);
        // a LinkedHashMap keeps the order of first evaluation when a key is put again
        Evaluation made = new Evaluation(nominee, d, on, who, at);
        evaluations.put(nominee.id(), made);
        evaluationHistory.add(made);
        event(WorkflowEvent.Type.EVALUATED, who, at, nominee.cellId(), nominee.id(), null, null,
                d.eligible() ? "eligible" : "not eligible");
        return d;
    }

    /**
     * Records an evaluated, eligible nominee in its cell's own roll.
     *
     * @param decisionText the recognising decision or meeting, e.g. "Nghị quyết chi bộ ngày 05/6/2022"; may be null
     * @return the new entry
     * @throws WorkflowException NOT_EVALUATED, NOT_ELIGIBLE (with reasons) or ALREADY_RECORDED
     */
    public HonourRollEntry record(String nomineeId, String decisionText, String actor) {
        String who = actor(actor);
        Evaluation ev = evaluation(nomineeId);
        requireEligible(ev, "workflow.action.record");
        Nominee n = ev.nominee();
        Organisation cell = organisation(n.cellId());
        Roll roll = rollOf(cell.id());
        Integer existing = roll.currentNumberOf(n.id(), campaign.id());
        if (existing != null) {
            throw WorkflowException.of(WorkflowException.ALREADY_RECORDED, "workflow.record.again",
                    "name", name(n), "cell", cell.name(), "entry", existing);
        }
        Instant at = clock.instant();
        HonourRollEntry e = new HonourRollEntry(roll.next(), cell.id(), campaign.id(), date(at), n,
                cell.levelName(), decisionText, null, null, null, null, who, at);
        roll.add(e);
        event(WorkflowEvent.Type.RECORDED, who, at, cell.id(), n.id(), null, e.number(), null);
        return e;
    }

    /**
     * Proposes an evaluated, eligible nominee to the level above its cell (the cell's parent). If the
     * nominee is recorded in the cell's roll, the proposal links that entry. A nominee can be
     * proposed again only after its earlier proposal was returned.
     *
     * @param note the note of the proposal list; may be null
     * @throws WorkflowException NOT_EVALUATED, NOT_ELIGIBLE (with reasons), ALREADY_PROPOSED, or
     *         UNKNOWN_ORGANISATION when the cell is the root (there is no level above)
     */
    public Proposal propose(String nomineeId, String note, String actor) {
        String who = actor(actor);
        Evaluation ev = evaluation(nomineeId);
        requireEligible(ev, "workflow.action.propose");
        Nominee n = ev.nominee();
        Organisation cell = organisation(n.cellId());
        if (cell.parentId() == null) {
            throw WorkflowException.of(WorkflowException.UNKNOWN_ORGANISATION, "workflow.propose.top", "cell", cell.name());
        }
        Integer latestIndex = latestProposalIndex.get(n.id());
        if (latestIndex != null) {
            Proposal p = proposals.get(latestIndex);
            if (p.status() != Proposal.Status.RETURNED) {
                throw WorkflowException.of(WorkflowException.ALREADY_PROPOSED, "workflow.propose.again",
                        "name", name(n), "proposal", p.id(), "status", new CoreMessages.Text(
                                p.status().labelVi().toLowerCase(VI), p.status().labelEn().toLowerCase(Locale.ROOT)));
            }
        }
        Instant at = clock.instant();
        Integer cellEntry = rollOf(cell.id()).currentNumberOf(n.id(), campaign.id());
        Proposal p = new Proposal("P" + (proposals.size() + 1), campaign.id(), cell.id(), cell.parentId(), n,
                ev.decision(), cellEntry, note, who, at, Proposal.Status.PENDING, null, null, null, null);
        proposalIndex.put(p.id(), proposals.size());
        latestProposalIndex.put(n.id(), proposals.size());
        proposals.add(p);
        event(WorkflowEvent.Type.PROPOSED, who, at, cell.id(), n.id(), p.id(), cellEntry, null);
        return p;
    }

    /** Submits a cell's results on the clock's current date; see {@link #submit(String, LocalDate, String)}. */
    public Submission submit(String cellId, String actor) {
        return submit(cellId, null, actor);
    }

    /**
     * Submits a cell's results and proposals to the level above. A submission after the deadline is
     * accepted and flagged late (CV-4, {@code Deadline.isLate}).
     *
     * @param submittedOn the date the submission was made (e.g. the date on the cell's report when it is entered later); null for the clock's date
     * @throws WorkflowException UNKNOWN_ORGANISATION (unknown cell, or the root) or ALREADY_SUBMITTED
     */
    public Submission submit(String cellId, LocalDate submittedOn, String actor) {
        String who = actor(actor);
        Organisation cell = organisation(cellId);
        if (cell.parentId() == null) {
            throw WorkflowException.of(WorkflowException.UNKNOWN_ORGANISATION, "workflow.submit.top", "cell", cell.name());
        }
        Submission earlier = submissions.get(cell.id());
        if (earlier != null) {
            throw WorkflowException.of(WorkflowException.ALREADY_SUBMITTED, "workflow.submit.again",
                    "cell", cell.name(), "date", earlier.submittedOn());
        }
        Instant at = clock.instant();
        LocalDate on = submittedOn == null ? date(at) : submittedOn;
        boolean late = campaign.deadline().isLate(on);
        Submission s = new Submission(cell.id(), on, late, who, at);
        submissions.put(cell.id(), s);
        event(WorkflowEvent.Type.SUBMITTED, who, at, cell.id(), null, null, null, late ? "late" : "on time");
        return s;
    }

    /**
     * The level above accepts a pending proposal of a cell that has submitted: a new entry in the
     * receiver's roll, linked to the cell's entry ({@code sourceRollOwnerId}, {@code sourceEntryNumber}).
     *
     * @param decisionText the recognising decision, e.g. "Quyết định số 15-QĐ/ĐU ngày 20/6/2022"; may be null
     * @throws WorkflowException UNKNOWN_PROPOSAL, NOT_PENDING, NOT_SUBMITTED or ALREADY_RECORDED
     */
    public HonourRollEntry accept(String proposalId, String decisionText, String actor) {
        String who = actor(actor);
        int i = pendingIndex(proposalId);
        Proposal p = proposals.get(i);
        Organisation to = organisation(p.toId());
        Roll roll = rollOf(to.id());
        Integer existing = roll.currentNumberOf(p.nominee().id(), campaign.id());
        if (existing != null) {
            throw WorkflowException.of(WorkflowException.ALREADY_RECORDED, "workflow.accept.again",
                    "name", name(p.nominee()), "owner", to.name(), "entry", existing);
        }
        Instant at = clock.instant();
        HonourRollEntry e = new HonourRollEntry(roll.next(), to.id(), campaign.id(), date(at), p.nominee(),
                to.levelName(), decisionText, null, p.fromId(), p.cellEntryNumber(), null, who, at);
        roll.add(e);
        proposals.set(i, p.accepted(who, at, e.number()));
        event(WorkflowEvent.Type.ACCEPTED, who, at, to.id(), p.nominee().id(), p.id(), e.number(), null);
        return e;
    }

    /**
     * The level above returns a pending proposal with a reason; the cell may propose the nominee
     * again (a new proposal).
     *
     * @throws WorkflowException UNKNOWN_PROPOSAL, NOT_PENDING, NOT_SUBMITTED, or INVALID_ARGUMENT for a blank reason
     */
    public Proposal returnProposal(String proposalId, String reason, String actor) {
        String who = actor(actor);
        String why = VietnameseText.nfc(reason);
        if (why == null || why.isBlank()) {
            throw WorkflowException.invalid("workflow.invalid.returnReason", "proposal", proposalId);
        }
        int i = pendingIndex(proposalId);
        Proposal p = proposals.get(i);
        Instant at = clock.instant();
        Proposal r = p.returned(who, at, why.strip());
        proposals.set(i, r);
        event(WorkflowEvent.Type.RETURNED, who, at, p.toId(), p.nominee().id(), p.id(), null, r.returnReason());
        return r;
    }

    /**
     * Corrects an entry in force: appends a new entry carrying the corrected nominee (which must be
     * the same nominee id and kind, and eligible) and superseding the old one. The old entry stays.
     *
     * @throws WorkflowException UNKNOWN_ENTRY, ALREADY_SUPERSEDED, NOT_ELIGIBLE, INVALID_ARGUMENT
     */
    public HonourRollEntry correct(String rollOwnerId, int entryNumber, Nominee corrected, String reason, String actor) {
        String who = actor(actor);
        String why = VietnameseText.nfc(reason);
        if (why == null || why.isBlank()) {
            throw WorkflowException.invalid("workflow.invalid.correctionReason");
        }
        Organisation owner = organisation(rollOwnerId);
        // looked up, not opened: a refused correction must leave the workflow as it was
        Roll roll = rolls.get(owner.id());
        if (roll == null || entryNumber < 1 || entryNumber >= roll.next()) {
            throw WorkflowException.of(WorkflowException.UNKNOWN_ENTRY, "workflow.entry.unknown",
                    "owner", owner.name(), "entry", entryNumber);
        }
        HonourRollEntry old = roll.entries.get(entryNumber - 1);
        if (roll.superseded.get(entryNumber)) {
            throw WorkflowException.of(WorkflowException.ALREADY_SUPERSEDED, "workflow.entry.superseded",
                    "entry", entryNumber, "owner", owner.name());
        }
        if (corrected == null || !corrected.id().equals(old.nominee().id()) || corrected.kind() != old.nominee().kind()
                || !corrected.cellId().equals(old.nominee().cellId())) {
            throw WorkflowException.invalid("workflow.invalid.correctedNominee", "entry", entryNumber);
        }
        Instant at = clock.instant();
        LocalDate on = date(at);
        Decision d = engine.evaluate(corrected, profile, campaign, on);
        if (!d.eligible()) {
            throw WorkflowException.notEligible("workflow.action.correct", corrected.id(), corrected.name(), d.reasons());
        }
        HonourRollEntry e = new HonourRollEntry(roll.next(), owner.id(), old.campaignId(), on, corrected, old.level(),
                old.decision(), old.number(), old.sourceRollOwnerId(), old.sourceEntryNumber(), why.strip(), who, at);
        roll.add(e);
        Evaluation ev = evaluations.get(corrected.id());
        if (ev != null) {
            Evaluation made = new Evaluation(corrected, d, on, who, at);
            evaluations.put(corrected.id(), made);
            evaluationHistory.add(made);
        }
        event(WorkflowEvent.Type.CORRECTED, who, at, owner.id(), corrected.id(), null, e.number(), why.strip());
        return e;
    }

    /** The latest evaluation of a nominee. */
    public Optional<Evaluation> findEvaluation(String nomineeId) {
        return Optional.ofNullable(evaluations.get(nomineeId));
    }

    /** The nominee's latest proposal (pending, accepted or returned), in its current state; constant time. */
    public Optional<Proposal> latestProposal(String nomineeId) {
        Integer i = nomineeId == null ? null : latestProposalIndex.get(nomineeId);
        return i == null ? Optional.empty() : Optional.of(proposals.get(i));
    }

    /** A snapshot of one roll. */
    public HonourRoll roll(String ownerId) {
        Roll r = rolls.get(ownerId);
        return r == null ? HonourRoll.empty(ownerId) : new HonourRoll(ownerId, r.entries);
    }

    /** Every proposal so far, in its latest state. */
    public List<Proposal> proposals() {
        return List.copyOf(proposals);
    }

    /** The audit trail so far. */
    public List<WorkflowEvent> events() {
        return List.copyOf(events);
    }

    /** An immutable snapshot of the whole state. */
    public CampaignState snapshot() {
        Map<String, HonourRoll> rs = new LinkedHashMap<>();
        rolls.forEach((k, v) -> rs.put(k, new HonourRoll(k, v.entries)));
        return new CampaignState(campaign, tree, profile.id(), new ArrayList<>(evaluations.values()), proposals,
                submissions, rs, events, evaluationHistory, clock.getZone());
    }

    // ---------------------------------------------------------------- internals

    private static final Locale VI = Locale.forLanguageTag("vi");

    private int pendingIndex(String proposalId) {
        Integer i = proposalId == null ? null : proposalIndex.get(proposalId);
        if (i == null) {
            throw WorkflowException.of(WorkflowException.UNKNOWN_PROPOSAL, "workflow.proposal.unknown",
                    "proposal", proposalId, "campaign", campaign.id());
        }
        Proposal p = proposals.get(i);
        if (p.status() != Proposal.Status.PENDING) {
            throw WorkflowException.of(WorkflowException.NOT_PENDING, "workflow.proposal.handled", "proposal", p.id(),
                    "name", name(p.nominee()), "status", new CoreMessages.Text(p.status().labelVi(), p.status().labelEn()));
        }
        if (!submissions.containsKey(p.fromId())) {
            Organisation from = organisation(p.fromId());
            throw WorkflowException.of(WorkflowException.NOT_SUBMITTED, "workflow.proposal.notSubmitted",
                    "cell", from.name(), "proposal", p.id());
        }
        return i;
    }

    private Evaluation evaluation(String nomineeId) {
        Evaluation ev = nomineeId == null ? null : evaluations.get(nomineeId);
        if (ev == null) {
            throw WorkflowException.of(WorkflowException.NOT_EVALUATED, "workflow.nominee.notEvaluated",
                    "nominee", nomineeId, "campaign", campaign.id());
        }
        return ev;
    }

    private static void requireEligible(Evaluation ev, String actionKey) {
        if (!ev.eligible()) {
            throw WorkflowException.notEligible(actionKey, ev.nominee().id(), ev.nominee().name(),
                    ev.decision().reasons());
        }
    }

    private Organisation organisation(String id) {
        Optional<Organisation> o = id == null ? Optional.empty() : tree.find(id);
        if (o.isEmpty()) {
            throw WorkflowException.of(WorkflowException.UNKNOWN_ORGANISATION, "workflow.organisation.unknown",
                    "organisation", id, "campaign", campaign.id());
        }
        return o.get();
    }

    private static String actor(String actor) {
        String a = VietnameseText.nfc(actor);
        if (a == null || a.isBlank()) {
            throw WorkflowException.invalid("workflow.invalid.actor");
        }
        return a.strip();
    }

    private static String name(Nominee n) {
        return n.name() == null || n.name().isBlank() ? n.id() : n.name();
    }

    private LocalDate date(Instant at) {
        return LocalDate.ofInstant(at, clock.getZone());
    }

    private Roll rollOf(String ownerId) {
        return rolls.computeIfAbsent(ownerId, k -> new Roll());
    }

    private void event(WorkflowEvent.Type type, String actor, Instant at, String org, String nomineeId,
            String proposalId, Integer entry, String detail) {
        events.add(new WorkflowEvent(events.size() + 1L, type, actor, at, org, nomineeId, proposalId, entry, detail));
    }

    /** The mutable working copy of one roll, with an index of the entries in force by nominee. */
    private static final class Roll {
        final List<HonourRollEntry> entries = new ArrayList<>();
        final BitSet superseded = new BitSet();
        /** campaign id + '\u0000' + nominee id → number of the entry in force. */
        final Map<String, Integer> current = new HashMap<>();

        int next() {
            return entries.size() + 1;
        }

        Integer currentNumberOf(String nomineeId, String campaignId) {
            return current.get(campaignId + '\u0000' + nomineeId);
        }

        /**
         * Appends an entry and updates the index of entries in force. The entry is valid by
         * construction: an existing roll's entries were checked by {@link HonourRoll}'s constructor
         * (numbered 1, 2, 3…, of this owner, each superseding an earlier entry once), and
         * record, accept and correct number theirs {@link #next()} and supersede only an entry in force.
         */
        void add(HonourRollEntry e) {
            if (e.supersedes() != null) {
                int s = e.supersedes();
                superseded.set(s);
                HonourRollEntry old = entries.get(s - 1);
                current.remove(old.campaignId() + '\u0000' + old.nominee().id(), s);
            }
            entries.add(e);
            current.put(e.campaignId() + '\u0000' + e.nominee().id(), e.number());
        }
    }
}
