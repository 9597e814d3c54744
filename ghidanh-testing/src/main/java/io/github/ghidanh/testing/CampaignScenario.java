package io.github.ghidanh.testing;

import io.github.ghidanh.core.model.Campaign;
import io.github.ghidanh.core.model.Nominee;
import io.github.ghidanh.core.model.OrganisationTree;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A whole campaign to run through the workflow: the organisation tree, the campaign, its nominees
 * and the steps the organisations take, in order, each on its date. Some steps are meant to be
 * refused (recording an ineligible nominee, accepting a proposal of a cell that has not
 * submitted…); {@link ScenarioRunner} runs them all and reports which were refused.
 *
 * @param tree the organisations
 * @param campaign the campaign (issued by the tree's root)
 * @param nominees every nominee, in order
 * @param steps the steps, in date order
 */
public record CampaignScenario(OrganisationTree tree, Campaign campaign, List<Nominee> nominees, List<Step> steps) {

    public CampaignScenario {
        Objects.requireNonNull(tree, "tree");
        Objects.requireNonNull(campaign, "campaign");
        nominees = List.copyOf(nominees);
        steps = List.copyOf(steps);
    }

    /** One workflow step, taken on {@link #on()} by {@link #actor()}. */
    public sealed interface Step {
        LocalDate on();

        String actor();
    }

    /** Evaluate the nominee with that id (from {@link CampaignScenario#nominees()}). */
    public record Evaluate(LocalDate on, String actor, String nomineeId) implements Step {
    }

    /** Record the nominee in its cell's roll, by the cell's {@code decision} (e.g. its resolution; may be null). */
    public record Record(LocalDate on, String actor, String nomineeId, String decision) implements Step {
        public Record(LocalDate on, String actor, String nomineeId) {
            this(on, actor, nomineeId, null);
        }
    }

    /** Propose the nominee to the level above its cell. */
    public record Propose(LocalDate on, String actor, String nomineeId) implements Step {
    }

    /** The cell submits, on {@code on}. */
    public record Submit(LocalDate on, String actor, String cellId) implements Step {
    }

    /** The level above accepts the nominee's latest proposal, by its {@code decision} (may be null). */
    public record Accept(LocalDate on, String actor, String nomineeId, String decision) implements Step {
        public Accept(LocalDate on, String actor, String nomineeId) {
            this(on, actor, nomineeId, null);
        }
    }

    /** The level above returns the nominee's latest proposal with a reason. */
    public record Return(LocalDate on, String actor, String nomineeId, String reason) implements Step {
    }

    /** The roll owner corrects the entry in force of that nominee in its roll (same nominee, same data). */
    public record Correct(LocalDate on, String actor, String rollOwnerId, String nomineeId, String reason) implements Step {
    }
}
