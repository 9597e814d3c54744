package io.github.ghidanh.core.criteria;

import io.github.ghidanh.core.model.Campaign;
import io.github.ghidanh.core.model.Nominee;
import java.time.LocalDate;

/**
 * Evaluates nominees against a criteria profile. Evaluation is a pure, deterministic function of
 * (nominee, profile, campaign, evaluation date). Instances are immutable and thread-safe.
 */
public final class CriteriaEngine {
    // STUB: the rules helper replaces the body; the signature stays.
    private CriteriaEngine() {
    }

    public static CriteriaEngine create() {
        return new CriteriaEngine();
    }

    public Decision evaluate(Nominee nominee, CriteriaProfile profile, Campaign campaign, LocalDate evaluationDate) {
        return new Decision(nominee.id(), profile.id(), java.util.List.of());
    }
}
