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
 * A text that is safe to store, print and compare: at most {@link #max()} characters; nothing that
 * {@link io.github.ghidanh.core.text.TextChecks} rejects (control characters except line breaks and
 * tabs when {@link #multiline()}, lone surrogates, bidirectional controls, invisible characters,
 * U+FFFD, noncharacters); and not typed in a legacy Vietnamese encoding (TCVN3, VNI, see
 * {@link io.github.ghidanh.core.text.LegacyEncoding}). {@code null} is valid.
 * Messages: {@code io.github.ghidanh.field.text.length}, {@code io.github.ghidanh.field.text.clean},
 * {@code io.github.ghidanh.field.text.legacy_encoding}. Not a clause of the letter: text that breaks
 * storage, printing or comparison.
 *
 * <p>The nominee records carry no annotations: {@link NomineeConstraints} puts this constraint on
 * their text properties, with the limits of the library's table of field rules. A host may use it
 * on its own types too.
 */
@Documented
@Constraint(validatedBy = CleanText.Validator.class)
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

    /** Checks {@link CleanText}; created by Bean Validation, not called by hosts. */
    final class Validator implements ConstraintValidator<CleanText, CharSequence> {
        private int max;
        private boolean multiline;

        @Override
        public void initialize(CleanText a) {
            this.max = a.max();
            this.multiline = a.multiline();
        }

        @Override
        public boolean isValid(CharSequence s, ConstraintValidatorContext ctx) {
            return FieldChecks.cleanText(s, max, multiline, ConstraintSupport.reportTo(ctx));
        }
    }
}
