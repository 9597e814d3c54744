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
 * A nominee has concrete, described achievements (CV-1.b), checked by the rules of clause {@code CV-1.b} of the criteria profile in force (the
 * profile passed as {@link CriteriaPayload} by {@link NomineeValidator}, or the default profile). The
 * constraint and the criteria engine run the same {@link io.github.ghidanh.core.criteria.Rule}s.
 * Applies to a {@link io.github.ghidanh.core.model.Nominee}; {@code null} is valid.
 */
@Documented
@Constraint(validatedBy = ClauseValidators.ConcreteAchievementValidator.class)
@Target({TYPE, ANNOTATION_TYPE})
@Retention(RUNTIME)
@Repeatable(ConcreteAchievement.List.class)
public @interface ConcreteAchievement {
    /** The clause cited. */
    String CLAUSE = "CV-1.b";

    String message() default "{io.github.ghidanh.cv_1_b.achievement.required}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Several {@link ConcreteAchievement} on the same element. */
    @Target({TYPE, ANNOTATION_TYPE})
    @Retention(RUNTIME)
    @Documented
    @interface List {
        ConcreteAchievement[] value();
    }
}
