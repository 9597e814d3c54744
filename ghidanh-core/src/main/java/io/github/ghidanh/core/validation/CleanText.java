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
 * A text that is safe to store, print and compare: at most {@link #max()} characters; no control
 * characters (except line breaks and tabs when {@link #multiline()}), no lone surrogates, no
 * bidirectional overrides or isolates (U+202A–U+202E, U+2066–U+2069), no U+FFFD replacement
 * character; and not typed in a legacy Vietnamese encoding (TCVN3, VNI). {@code null} is valid.
 * Messages: {@code io.github.ghidanh.field.text.length}, {@code io.github.ghidanh.field.text.clean},
 * {@code io.github.ghidanh.field.text.legacy_encoding}. BRIEF §6, not a clause of the letter.
 */
@Documented
@Constraint(validatedBy = FieldValidators.CleanTextValidator.class)
@Target({FIELD, METHOD, PARAMETER, ANNOTATION_TYPE})
@Retention(RUNTIME)
@Repeatable(CleanText.List.class)
public @interface CleanText {
    String message() default "{io.github.ghidanh.field.text.clean}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** The maximum length in characters (UTF-16 units). */
    int max() default 500;

    /** Whether line breaks and tabs are allowed. */
    boolean multiline() default false;

    @Target({FIELD, METHOD, PARAMETER, ANNOTATION_TYPE})
    @Retention(RUNTIME)
    @Documented
    @interface List {
        CleanText[] value();
    }
}
