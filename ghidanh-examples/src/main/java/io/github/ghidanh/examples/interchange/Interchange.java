package io.github.ghidanh.examples.interchange;

import io.github.ghidanh.core.model.Campaign;
import io.github.ghidanh.core.model.Nominee;
import io.github.ghidanh.core.model.OrganisationTree;
import java.util.List;
import java.util.Objects;

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
        List<Submission> submissions, List<Review> reviews) {
    public Interchange {
        Objects.requireNonNull(organisations, "organisations");
        Objects.requireNonNull(campaign, "campaign");
        nominees = nominees == null ? List.of() : List.copyOf(nominees);
        submissions = submissions == null ? List.of() : List.copyOf(submissions);
        reviews = reviews == null ? List.of() : List.copyOf(reviews);
    }
}
