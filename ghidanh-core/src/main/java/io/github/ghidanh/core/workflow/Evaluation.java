package io.github.ghidanh.core.workflow;

import io.github.ghidanh.core.criteria.Decision;
import io.github.ghidanh.core.internal.Args;
import io.github.ghidanh.core.model.Nominee;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A nominee as evaluated in a campaign, with the engine's decision attached.
 *
 * @param nominee the nominee as evaluated
 * @param decision the criteria engine's decision
 * @param evaluatedOn the evaluation date given to the engine
 * @param evaluatedBy who evaluated
 * @param evaluatedAt when
 */
public record Evaluation(Nominee nominee, Decision decision, LocalDate evaluatedOn, String evaluatedBy,
        Instant evaluatedAt) {
    public Evaluation {
        Objects.requireNonNull(nominee, "nominee");
        Objects.requireNonNull(decision, "decision");
        evaluatedBy = Args.nfc(evaluatedBy);
    }

    public boolean eligible() {
        return decision.eligible();
    }
}
