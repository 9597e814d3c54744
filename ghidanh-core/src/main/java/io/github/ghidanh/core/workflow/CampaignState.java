package io.github.ghidanh.core.workflow;

import io.github.ghidanh.core.model.Campaign;
import io.github.ghidanh.core.model.OrganisationTree;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An immutable snapshot of a campaign's workflow ({@link CampaignWorkflow#snapshot()}): safe to
 * share between threads and to hand to the read-model builders.
 *
 * @param campaign the campaign
 * @param tree its organisation tree
 * @param profileId the id of the criteria profile applied
 * @param evaluations the latest evaluation of each nominee, in order of first evaluation
 * @param proposals every proposal in order of proposal, each in its latest state
 * @param submissions the submissions by cell id, in order of submission
 * @param rolls the honour rolls by owner id (only organisations with a roll; see {@link #roll(String)})
 * @param events the audit trail, in order
 * @param evaluationHistory every evaluation, in the order they were made (a re-evaluation does not
 *        replace the earlier one here), so that {@link #asOf(LocalDate)} can find the latest one at a date
 * @param zone the zone of the workflow's clock: the calendar in which an instant of the audit trail
 *        falls on a date
 */
public record CampaignState(Campaign campaign, OrganisationTree tree, String profileId, List<Evaluation> evaluations,
        List<Proposal> proposals, Map<String, Submission> submissions, Map<String, HonourRoll> rolls,
        List<WorkflowEvent> events, List<Evaluation> evaluationHistory, ZoneId zone) {

    public CampaignState {
        Objects.requireNonNull(campaign, "campaign");
        Objects.requireNonNull(tree, "tree");
        Objects.requireNonNull(zone, "zone");
        evaluations = List.copyOf(evaluations);
        proposals = List.copyOf(proposals);
        submissions = Collections.unmodifiableMap(new LinkedHashMap<>(submissions));
        rolls = Collections.unmodifiableMap(new LinkedHashMap<>(rolls));
        events = List.copyOf(events);
        evaluationHistory = List.copyOf(evaluationHistory);
    }

    /**
     * The campaign as it stood at the end of {@code date}: only what had happened by then —
     * evaluations made on or before it (the latest of each nominee at that date), proposals made by
     * then, each in the state it had that day (a proposal answered later is still pending), the
     * submissions dated on or before it, the roll entries recorded by then and the audit trail up to
     * it. A document dated {@code date} is built from this state, so that nothing that happened
     * later can appear in it. Asking for a date after the last event gives an equal state.
     */
    public CampaignState asOf(LocalDate date) {
        Objects.requireNonNull(date, "date");
        if (!date.isBefore(lastEventDate())) {
            return this;
        }
        List<Evaluation> history = evaluationHistory.stream().filter(e -> !e.evaluatedOn().isAfter(date)).toList();
        Map<String, Evaluation> latest = new LinkedHashMap<>();
        history.forEach(e -> latest.put(e.nominee().id(), e)); // keeps the order of first evaluation
        List<Proposal> made = new ArrayList<>();
        for (Proposal p : proposals) {
            if (!on(p.proposedAt()).isAfter(date)) {
                made.add(p.resolvedAt() != null && on(p.resolvedAt()).isAfter(date) ? p.pending() : p);
            }
        }
        Map<String, Submission> submitted = new LinkedHashMap<>();
        submissions.forEach((cell, s) -> {
            if (!s.submittedOn().isAfter(date)) {
                submitted.put(cell, s);
            }
        });
        Map<String, HonourRoll> recorded = new LinkedHashMap<>();
        rolls.forEach((owner, roll) -> recorded.put(owner,
                new HonourRoll(owner, roll.entries().stream().filter(e -> !e.date().isAfter(date)).toList())));
        List<WorkflowEvent> trail = events.stream().filter(e -> !on(e.at()).isAfter(date)).toList();
        return new CampaignState(campaign, tree, profileId, new ArrayList<>(latest.values()), made, submitted, recorded,
                trail, history, zone);
    }

    /**
     * The date of the last thing that happened: the latest date of the audit trail, of a submission
     * and of a roll entry (the campaign's issue date when nothing has happened yet). The default date
     * of a document that describes the campaign as it stands (an honour roll, a summary).
     */
    public LocalDate lastEventDate() {
        LocalDate last = campaign.issueDate();
        for (WorkflowEvent e : events) {
            last = later(last, on(e.at()));
        }
        for (Submission s : submissions.values()) {
            last = later(last, s.submittedOn());
        }
        for (HonourRoll r : rolls.values()) {
            for (HonourRollEntry e : r.entries()) {
                last = later(last, e.date());
            }
        }
        return last;
    }

    private LocalDate on(Instant at) {
        return LocalDate.ofInstant(at, zone);
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return b != null && b.isAfter(a) ? b : a;
    }

    /** The roll of that organisation; empty if it has none yet. */
    public HonourRoll roll(String ownerId) {
        HonourRoll r = rolls.get(ownerId);
        return r == null ? HonourRoll.empty(ownerId) : r;
    }

    /** The latest evaluations of the nominees of that cell, in order of first evaluation. */
    public List<Evaluation> evaluationsOf(String cellId) {
        return evaluations.stream().filter(e -> e.nominee().cellId().equals(cellId)).toList();
    }

    /** The latest evaluation of that nominee. */
    public Optional<Evaluation> evaluation(String nomineeId) {
        return evaluations.stream().filter(e -> e.nominee().id().equals(nomineeId)).findFirst();
    }

    /** Every proposal made by that organisation, in order. */
    public List<Proposal> proposalsFrom(String fromId) {
        return proposals.stream().filter(p -> p.fromId().equals(fromId)).toList();
    }

    /** Every proposal received by that organisation, in order. */
    public List<Proposal> proposalsTo(String toId) {
        return proposals.stream().filter(p -> p.toId().equals(toId)).toList();
    }

    /**
     * For each nominee of that organisation that was ever proposed, its latest proposal (in the
     * order of those latest proposals). Earlier, returned proposals of the same nominee are history.
     */
    public List<Proposal> latestProposalsFrom(String fromId) {
        Map<String, Proposal> latest = new LinkedHashMap<>();
        for (Proposal p : proposalsFrom(fromId)) {
            latest.remove(p.nominee().id());
            latest.put(p.nominee().id(), p);
        }
        return List.copyOf(new ArrayList<>(latest.values()));
    }

    public Optional<Proposal> proposal(String proposalId) {
        return proposals.stream().filter(p -> p.id().equals(proposalId)).findFirst();
    }

    /** The cell's submission, empty while it has not submitted (CV-4; {@link Submission#late()} flags a late one). */
    public Optional<Submission> submission(String cellId) {
        return Optional.ofNullable(submissions.get(cellId));
    }
}
