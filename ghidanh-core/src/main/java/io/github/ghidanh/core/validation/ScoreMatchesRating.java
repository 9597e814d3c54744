package io.github.ghidanh.core.validation;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import io.github.ghidanh.core.model.Assessment;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * On an {@link io.github.ghidanh.core.model.Assessment}: the optional 100-point score is 0–100 and
 * falls in its rating's band (≥ 90 HTXSNV, 70–&lt;90 HTTNV, 50–&lt;70 HTNV, &lt; 50 KHTNV; Quy định
 * 366-QĐ/TW, 2025). {@code null} is valid. Messages {@code io.github.ghidanh.field.score.range},
 * {@code io.github.ghidanh.field.score.rating}, reported on the property {@code score}.
 * {@link NomineeConstraints} puts it on {@code Assessment}.
 */
@Documented
@Constraint(validatedBy = ScoreMatchesRating.Validator.class)
@Target({TYPE, ANNOTATION_TYPE})
@Retention(RUNTIME)
@Repeatable(ScoreMatchesRating.List.class)
public @interface ScoreMatchesRating {
    String message() default "{io.github.ghidanh.field.score.rating}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    @Target({TYPE, ANNOTATION_TYPE})
    @Retention(RUNTIME)
    @Documented
    @interface List {
        ScoreMatchesRating[] value();
    }

    /** Checks {@link ScoreMatchesRating}; created by Bean Validation, not called by hosts. */
    final class Validator implements ConstraintValidator<ScoreMatchesRating, Assessment> {
        @Override
        public boolean isValid(Assessment a, ConstraintValidatorContext ctx) {
            return FieldChecks.score(a, ConstraintSupport.reportTo(ctx));
        }
    }
}
