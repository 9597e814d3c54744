package io.github.ghidanh.core.workflow;

import io.github.ghidanh.core.model.Campaign;
import io.github.ghidanh.core.model.OrganisationTree;
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
 */
public record CampaignState(Campaign campaign, OrganisationTree tree, String profileId, List<Evaluation> evaluations,
        List<Proposal> proposals, Map<String, Submission> submissions, Map<String, HonourRoll> rolls,
        List<WorkflowEvent> events) {

    public CampaignState {
        Objects.requireNonNull(campaign, "campaign");
        Objects.requireNonNull(tree, "tree");
        evaluations = List.copyOf(evaluations);
        proposals = List.copyOf(proposals);
        submissions = Collections.unmodifiableMap(new LinkedHashMap<>(submissions));
        rolls = Collections.unmodifiableMap(new LinkedHashMap<>(rolls));
        events = List.copyOf(events);
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
