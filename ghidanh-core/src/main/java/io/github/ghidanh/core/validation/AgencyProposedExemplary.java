package io.github.ghidanh.core.validation;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import io.github.ghidanh.core.validation.internal.ClauseValidators;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A head, cadre or civil servant proposed by an agency is rated excellently and exemplary (CV-2), checked by the rules of clause {@code CV-2} of the criteria profile in force (the
 * profile passed as {@link CriteriaPayload} by {@link NomineeValidator}, or the default profile). The
 * constraint and the criteria engine run the same {@link io.github.ghidanh.core.criteria.Rule}s.
 * Applies to a {@link io.github.ghidanh.core.model.Nominee}; {@code null} is valid.
 */
@Documented
@Constraint(validatedBy = ClauseValidators.AgencyProposedExemplaryValidator.class)
@Target({TYPE, ANNOTATION_TYPE})
@Retention(RUNTIME)
@Repeatable(AgencyProposedExemplary.List.class)
public @interface AgencyProposedExemplary {
    /** The clause cited. */
    String CLAUSE = "CV-2";

    String message() default "{io.github.ghidanh.cv_2.rating}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Several {@link AgencyProposedExemplary} on the same element. */
    @Target({TYPE, ANNOTATION_TYPE})
    @Retention(RUNTIME)
    @Documented
    @interface List {
        AgencyProposedExemplary[] value();
    }
}
