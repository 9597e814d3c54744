package io.github.ghidanh.core.criteria;

import io.github.ghidanh.core.model.Campaign;
import io.github.ghidanh.core.model.Nominee;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Evaluates nominees against a criteria profile. Evaluation is a pure, deterministic function of
 * (nominee, profile, campaign, evaluation date): no clock is read, no state is kept, and the
 * reasons come in the profile's rule order, independent of the order of the nominee's achievements
 * or categories. Instances are immutable and thread-safe. Evaluation does not use Bean Validation;
 * the class-level constraints of {@code io.github.ghidanh.core.validation} call the same
 * {@link Rule}s.
 */
public final class CriteriaEngine {
    private static final CriteriaEngine INSTANCE = new CriteriaEngine();

    private CriteriaEngine() {
    }

    public static CriteriaEngine create() {
        return INSTANCE;
    }

    /**
     * Evaluates {@code nominee} under {@code profile}.
     *
     * @param nominee the nominee; required
     * @param profile the profile; required
     * @param campaign the campaign, or null (the built-in rules do not depend on it; it is accepted so
     *                 that the decision is a function of the whole context)
     * @param evaluationDate the date of the evaluation (e.g. of the cell meeting); required
     * @return the decision, with every reason
     * @throws CriteriaException when the nominee, profile or date is null
     */
    public Decision evaluate(Nominee nominee, CriteriaProfile profile, Campaign campaign, LocalDate evaluationDate) {
        if (nominee == null) {
            throw CriteriaException.missing("criteria.argument.nominee");
        }
        if (profile == null) {
            throw CriteriaException.missing("criteria.argument.profile");
        }
        if (evaluationDate == null) {
            throw CriteriaException.missing("criteria.argument.evaluationDate");
        }
        List<Reason> reasons = null;
        List<Rule> rules = profile.rules();
        for (int i = 0, n = rules.size(); i < n; i++) {
            Rule r = rules.get(i);
            if (!r.appliesTo(nominee)) {
                continue;
            }
            if (reasons == null) {
                reasons = new ArrayList<>(4);
            }
            r.checkInto(nominee, evaluationDate, reasons);
        }
        return new Decision(nominee.id(), profile.id(), reasons == null || reasons.isEmpty() ? List.of() : reasons);
    }
}
