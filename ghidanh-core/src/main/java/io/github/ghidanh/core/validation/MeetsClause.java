package io.github.ghidanh.core.validation;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import io.github.ghidanh.core.criteria.Reason;
import io.github.ghidanh.core.criteria.Rule;
import io.github.ghidanh.core.model.Nominee;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.time.LocalDate;

/**
 * A nominee meets one clause of the letter, e.g. {@code @MeetsClause("CV-1.e.party")}: the
 * validator runs the rules of that clause of the criteria profile in force (the
 * {@link CriteriaPayload} given to Hibernate Validator, else the default profile) — the same
 * {@link Rule} objects the criteria engine runs, so the two cannot disagree — and reports each
 * {@link Reason} with its own message key, on the property it concerns.
 *
 * <p>{@link NomineeConstraints} puts one on each nominee record for every clause whose rule types
 * can apply to that kind of nominee, in the group {@link Stages.AtSubmission}. {@code null} is valid.
 */
@Documented
@Constraint(validatedBy = MeetsClause.Validator.class)
@Target({TYPE, ANNOTATION_TYPE})
@Retention(RUNTIME)
@Repeatable(MeetsClause.List.class)
public @interface MeetsClause {
    /** The clause id, e.g. {@code CV-1.e.party} (see {@link io.github.ghidanh.core.criteria.Clauses}). */
    String value();

    /** Never shown: every violation carries the message key of its reason instead. */
    String message() default "The nominee does not meet a clause of the criteria profile";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Several {@link MeetsClause} on the same type. */
    @Target({TYPE, ANNOTATION_TYPE})
    @Retention(RUNTIME)
    @Documented
    @interface List {
        MeetsClause[] value();
    }

    /** Checks {@link MeetsClause}; created by Bean Validation, not called by hosts. */
    final class Validator implements ConstraintValidator<MeetsClause, Nominee> {
        private String clauseId;

        @Override
        public void initialize(MeetsClause a) {
            this.clauseId = a.value();
        }

        @Override
        public boolean isValid(Nominee nominee, ConstraintValidatorContext ctx) {
            if (nominee == null) {
                return true;
            }
            CriteriaPayload payload = ConstraintSupport.payload(ctx);
            java.util.List<Rule> rules = ConstraintSupport.profile(payload).rulesFor(clauseId);
            if (rules.isEmpty()) {
                return true;
            }
            LocalDate date = ConstraintSupport.date(payload, ctx);
            boolean valid = true;
            for (Rule rule : rules) {
                for (Reason r : rule.check(nominee, date)) {
                    if (valid) {
                        ctx.disableDefaultConstraintViolation();
                        valid = false;
                    }
                    ConstraintSupport.report(ctx, r.clauseId(), r.messageKey(), r.values(),
                            FieldRules.propertyOf(r.messageKey()));
                }
            }
            return valid;
        }
    }
}
