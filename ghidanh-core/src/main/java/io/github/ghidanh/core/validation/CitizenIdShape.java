package io.github.ghidanh.core.validation;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import io.github.ghidanh.core.validation.internal.FieldValidators;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A citizen ID (căn cước, số định danh cá nhân) of the right shape: exactly 12 ASCII digits
 * ({@link io.github.ghidanh.core.text.CitizenId#isValidShape}). {@code null} is valid. Message
 * {@code io.github.ghidanh.field.citizen_id.shape}; the invalid value is reported masked.
 */
@Documented
@Constraint(validatedBy = FieldValidators.CitizenIdShapeValidator.class)
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
}
