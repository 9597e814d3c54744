package io.github.ghidanh.core.validation.internal;

import io.github.ghidanh.core.criteria.Clauses;
import io.github.ghidanh.core.criteria.Reason;
import io.github.ghidanh.core.criteria.Rule;
import io.github.ghidanh.core.model.Nominee;
import io.github.ghidanh.core.validation.AgencyProposedExemplary;
import io.github.ghidanh.core.validation.CollectiveChange;
import io.github.ghidanh.core.validation.ConcreteAchievement;
import io.github.ghidanh.core.validation.CriteriaPayload;
import io.github.ghidanh.core.validation.ModelContent;
import io.github.ghidanh.core.validation.PartyMemberRating;
import io.github.ghidanh.core.validation.RecognisedIndividual;
import io.github.ghidanh.core.validation.SubjectCategoryRequired;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.lang.annotation.Annotation;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The validators of the class-level clause constraints. Each one runs the rules of its clause of
 * the profile in force ({@link CriteriaPayload} or the default profile): the same {@link Rule}
 * objects the criteria engine runs, so the two cannot disagree. Not part of the API.
 */
public final class ClauseValidators {
    private ClauseValidators() {
    }

    /** The property a reason is reported on, by message key; null for the nominee itself. */
    private static final Map<String, String> PROPERTY = Map.ofEntries(
            Map.entry("io.github.ghidanh.cv_1_a.category.required", "categories"),
            Map.entry("io.github.ghidanh.cv_1_b.achievement.required", "achievements"),
            Map.entry("io.github.ghidanh.cv_1_b.achievement.description", "achievements"),
            Map.entry("io.github.ghidanh.cv_1_b.achievement.other_type", "achievements"),
            Map.entry("io.github.ghidanh.cv_1_c.content.required", "content"),
            Map.entry("io.github.ghidanh.cv_1_c.novelty.required", "novelty"),
            Map.entry("io.github.ghidanh.cv_1_c.field.required", "field"),
            Map.entry("io.github.ghidanh.cv_1_c.field.other_name", "otherField"),
            Map.entry("io.github.ghidanh.cv_1_d.change.required", "changeVsPrevious"),
            Map.entry("io.github.ghidanh.cv_1_d.effect.required", "effect"),
            Map.entry("io.github.ghidanh.cv_1_d.spread.required", "spread"),
            Map.entry("io.github.ghidanh.cv_1_e.results.required", "results"),
            Map.entry("io.github.ghidanh.cv_1_e.recognition.required", "recognition"),
            Map.entry("io.github.ghidanh.cv_1_e.recognition.meeting_date", "recognition"),
            Map.entry("io.github.ghidanh.cv_1_e.recognition.meeting_after_evaluation", "recognition"),
            Map.entry("io.github.ghidanh.cv_1_e.recognition.vote", "recognition"),
            Map.entry("io.github.ghidanh.cv_1_e.recognition.vote_invalid", "recognition"),
            Map.entry("io.github.ghidanh.cv_1_e.recognition.majority", "recognition"),
            Map.entry("io.github.ghidanh.cv_1_e.party.rating", "assessment"),
            Map.entry("io.github.ghidanh.cv_1_e.party.rating.missing", "assessment"),
            Map.entry("io.github.ghidanh.cv_2.rating", "assessment"),
            Map.entry("io.github.ghidanh.cv_2.rating.missing", "assessment"),
            Map.entry("io.github.ghidanh.cv_2.exemplary", "exemplary"));

    /** The property a clause violation with {@code key} is reported on, or null. */
    public static String propertyOf(String key) {
        return PROPERTY.get(key);
    }

    abstract static class Base<A extends Annotation> implements ConstraintValidator<A, Nominee> {
        private final String clauseId;

        Base(String clauseId) {
            this.clauseId = clauseId;
        }

        @Override
        public final boolean isValid(Nominee nominee, ConstraintValidatorContext ctx) {
            if (nominee == null) {
                return true;
            }
            CriteriaPayload payload = Support.payload(ctx);
            List<Rule> rules = Support.profile(payload).rulesFor(clauseId);
            if (rules.isEmpty()) {
                return true;
            }
            LocalDate date = Support.date(payload, ctx);
            boolean valid = true;
            for (Rule rule : rules) {
                for (Reason r : rule.check(nominee, date)) {
                    if (valid) {
                        ctx.disableDefaultConstraintViolation();
                        valid = false;
                    }
                    Support.report(ctx, r.clauseId(), r.messageKey(), r.values(), PROPERTY.get(r.messageKey()));
                }
            }
            return valid;
        }
    }

    public static final class SubjectCategoryRequiredValidator extends Base<SubjectCategoryRequired> {
        public SubjectCategoryRequiredValidator() {
            super(Clauses.CV_1_A);
        }
    }

    public static final class ConcreteAchievementValidator extends Base<ConcreteAchievement> {
        public ConcreteAchievementValidator() {
            super(Clauses.CV_1_B);
        }
    }

    public static final class ModelContentValidator extends Base<ModelContent> {
        public ModelContentValidator() {
            super(Clauses.CV_1_C);
        }
    }

    public static final class CollectiveChangeValidator extends Base<CollectiveChange> {
        public CollectiveChangeValidator() {
            super(Clauses.CV_1_D);
        }
    }

    public static final class RecognisedIndividualValidator extends Base<RecognisedIndividual> {
        public RecognisedIndividualValidator() {
            super(Clauses.CV_1_E);
        }
    }

    public static final class PartyMemberRatingValidator extends Base<PartyMemberRating> {
        public PartyMemberRatingValidator() {
            super(Clauses.CV_1_E_PARTY);
        }
    }

    public static final class AgencyProposedExemplaryValidator extends Base<AgencyProposedExemplary> {
        public AgencyProposedExemplaryValidator() {
            super(Clauses.CV_2);
        }
    }
}
