package io.github.ghidanh.interchange;

import io.github.ghidanh.core.model.Campaign;
import io.github.ghidanh.core.model.Nominee;
import io.github.ghidanh.core.model.OrganisationTree;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The content of one interchange file (docs/json-format.md): the organisation tree, one campaign,
 * its nominees and, optionally, what happened in the workflow (submissions of the cells and the
 * answers of the level above).
 *
 * @param organisations the organisation tree
 * @param campaign the campaign
 * @param nominees the nominees, in file order
 * @param submissions the cells' submissions; empty when the workflow has not started
 * @param reviews the level above's answers to proposals; empty when none
 */
public record Interchange(OrganisationTree organisations, Campaign campaign, List<Nominee> nominees,
        List<CellSubmission> submissions, List<Review> reviews) {
    public Interchange {
        Objects.requireNonNull(organisations, "organisations");
        Objects.requireNonNull(campaign, "campaign");
        nominees = nominees == null ? List.of() : List.copyOf(nominees);
        submissions = submissions == null ? List.of() : List.copyOf(submissions);
        reviews = reviews == null ? List.of() : List.copyOf(reviews);
    }

    /**
     * The content of a campaign whose outcome is given in short: the cells that submitted (with their
     * dates) propose those of their nominees in {@code proposedIds}, in nominee order; the level above
     * answers every proposal on {@code reviewDate}, returning those in {@code returned} (nominee id to
     * reason) and accepting the others.
     */
    public static Interchange ofOutcomes(OrganisationTree organisations, Campaign campaign, List<Nominee> nominees,
            Map<String, LocalDate> submittedOn, Set<String> proposedIds, Map<String, String> returned,
            LocalDate reviewDate, String reviewer) {
        List<CellSubmission> submissions = new ArrayList<>();
        List<Review> reviews = new ArrayList<>();
        for (Map.Entry<String, LocalDate> e : submittedOn.entrySet()) {
            String cell = e.getKey();
            List<String> proposed = nominees.stream().filter(n -> n.cellId().equals(cell)).map(Nominee::id)
                    .filter(proposedIds::contains).toList();
            submissions.add(new CellSubmission(cell, e.getValue(), null, null, proposed));
            for (String id : proposed) {
                String reason = returned.get(id);
                reviews.add(reason == null
                        ? new Review(id, Review.Outcome.ACCEPT, null, reviewDate, reviewer)
                        : new Review(id, Review.Outcome.RETURN, reason, reviewDate, reviewer));
            }
        }
        return new Interchange(organisations, campaign, nominees, submissions, reviews);
    }
}
