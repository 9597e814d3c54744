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
 * A citizen ID (căn cước, số định danh cá nhân) of the right shape: exactly 12 ASCII digits
 * ({@link io.github.ghidanh.core.text.CitizenId#isValidShape}). {@code null} is valid. Message
 * {@code io.github.ghidanh.field.citizen_id.shape}; the invalid value is reported masked.
 * {@link NomineeConstraints} puts it on {@code IndividualNominee.citizenId}.
 */
@Documented
@Constraint(validatedBy = CitizenIdShape.Validator.class)
@Target({FIELD, METHOD, PARAMETER, ANNOTATION_TYPE})
@Retention(RUNTIME)
@Repeatable(CitizenIdShape.List.class)
public @interface CitizenIdShape {
    String message() default "{io.github.ghidanh.field.citizen_id.shape}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    @Target({FIELD, METHOD, PARAMETER, ANNOTATION_TYPE})
    @Retention(RUNTIME)
    @Documented
    @interface List {
        CitizenIdShape[] value();
    }

    /** Checks {@link CitizenIdShape}; created by Bean Validation, not called by hosts. */
    final class Validator implements ConstraintValidator<CitizenIdShape, CharSequence> {
        @Override
        public boolean isValid(CharSequence s, ConstraintValidatorContext ctx) {
            return FieldChecks.citizenId(s, ConstraintSupport.reportTo(ctx));
        }
    }
}
