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
 * An individual belongs to at least one subject category (CV-1.a), checked by the rules of clause {@code CV-1.a} of the criteria profile in force (the
 * profile passed as {@link CriteriaPayload} by {@link NomineeValidator}, or the default profile). The
 * constraint and the criteria engine run the same {@link io.github.ghidanh.core.criteria.Rule}s.
 * Applies to a {@link io.github.ghidanh.core.model.Nominee}; {@code null} is valid.
 */
@Documented
@Constraint(validatedBy = ClauseValidators.SubjectCategoryRequiredValidator.class)
@Target({TYPE, ANNOTATION_TYPE})
@Retention(RUNTIME)
@Repeatable(SubjectCategoryRequired.List.class)
public @interface SubjectCategoryRequired {
    /** The clause cited. */
    String CLAUSE = "CV-1.a";

    String message() default "{io.github.ghidanh.cv_1_a.category.required}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Several {@link SubjectCategoryRequired} on the same element. */
    @Target({TYPE, ANNOTATION_TYPE})
    @Retention(RUNTIME)
    @Documented
    @interface List {
        SubjectCategoryRequired[] value();
    }
}
