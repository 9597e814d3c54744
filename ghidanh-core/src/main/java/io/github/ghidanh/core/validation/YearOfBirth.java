package io.github.ghidanh.core.validation;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A plausible year of birth: from {@link #min()} to the year of the evaluation date (the date of
 * the {@link CriteriaPayload}; without one, the year of the validator's {@code ClockProvider}). The
 * letter sets no age limit (CV-1.a includes "Nhân dân", children too), so only the impossible is
 * rejected. {@code null} is valid. Message {@code io.github.ghidanh.field.year_of_birth.range}.
 * {@link NomineeConstraints} puts it on {@code IndividualNominee.yearOfBirth}.
 */
@Documented
@Constraint(validatedBy = YearOfBirth.Validator.class)
@Target({FIELD, METHOD, PARAMETER, ANNOTATION_TYPE})
@Retention(RUNTIME)
@Repeatable(YearOfBirth.List.class)
public @interface YearOfBirth {
    String message() default "{io.github.ghidanh.field.year_of_birth.range}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** The earliest year accepted. */
    int min() default FieldRules.YEAR_OF_BIRTH_MIN;

    @Target({FIELD, METHOD, PARAMETER, ANNOTATION_TYPE})
    @Retention(RUNTIME)
    @Documented
    @interface List {
        YearOfBirth[] value();
    }

    /** Checks {@link YearOfBirth}; created by Bean Validation, not called by hosts. */
    final class Validator implements ConstraintValidator<YearOfBirth, Integer> {
        private int min;

        @Override
        public void initialize(YearOfBirth a) {
            this.min = a.min();
        }

        @Override
        public boolean isValid(Integer year, ConstraintValidatorContext ctx) {
            if (year == null) {
                return true;
            }
            int max = ConstraintSupport.date(ConstraintSupport.payload(ctx), ctx).getYear();
            return FieldChecks.yearOfBirth(year, min, max, ConstraintSupport.reportTo(ctx));
        }
    }
}
