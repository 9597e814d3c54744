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
 * A collective states its change vs the previous period, its effect and its spread (CV-1.d), checked by the rules of clause {@code CV-1.d} of the criteria profile in force (the
 * profile passed as {@link CriteriaPayload} by {@link NomineeValidator}, or the default profile). The
 * constraint and the criteria engine run the same {@link io.github.ghidanh.core.criteria.Rule}s.
 * Applies to a {@link io.github.ghidanh.core.model.Nominee}; {@code null} is valid.
 */
@Documented
@Constraint(validatedBy = ClauseValidators.CollectiveChangeValidator.class)
@Target({TYPE, ANNOTATION_TYPE})
@Retention(RUNTIME)
@Repeatable(CollectiveChange.List.class)
public @interface CollectiveChange {
    /** The clause cited. */
    String CLAUSE = "CV-1.d";

    String message() default "{io.github.ghidanh.cv_1_d.change.required}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Several {@link CollectiveChange} on the same element. */
    @Target({TYPE, ANNOTATION_TYPE})
    @Retention(RUNTIME)
    @Documented
    @interface List {
        CollectiveChange[] value();
    }
}
