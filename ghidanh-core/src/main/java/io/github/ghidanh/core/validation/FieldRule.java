package io.github.ghidanh.core.validation;

import io.github.ghidanh.core.model.Assessment;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.hibernate.validator.cfg.ConstraintDef;
import org.hibernate.validator.cfg.GenericConstraintDef;
import org.hibernate.validator.cfg.defs.NotBlankDef;

/**
 * One row of the table of field rules ({@link FieldRules}): on which records, on which property,
 * what check, from which stage on. Each {@link Check} can run directly on a value and can name the
 * Bean Validation constraint that runs the same function, so one row feeds both paths.
 *
 * @param owners the records that have the property
 * @param property the record component checked; null for a check of the whole record
 * @param value reads the property from a record of {@code owners} (the record itself when {@code property} is null)
 * @param check what is checked
 * @param stage {@link Stage#DRAFT}: from the first draft on (Bean Validation group {@code Default});
 *              {@link Stage#SUBMISSION}: only on submission (group {@link Stages.AtSubmission})
 */
record FieldRule(List<Class<?>> owners, String property, Function<Object, Object> value, Check check, Stage stage) {

    FieldRule {
        owners = List.copyOf(owners);
    }

    /** A rule on the property of one record, from the first draft on. */
    static <T> FieldRule on(Class<T> owner, String property, Function<? super T, ?> value, Check check) {
        return on(List.of(owner), property, value, check);
    }

    /** A rule on the same property of several records (e.g. every nominee's {@code id}), from the first draft on. */
    @SuppressWarnings("unchecked")
    static <T> FieldRule on(List<Class<? extends T>> owners, String property, Function<? super T, ?> value, Check check) {
        return new FieldRule(List.<Class<?>>copyOf(owners), property, (Function<Object, Object>) value, check, Stage.DRAFT);
    }

    /** A rule on the whole record. */
    static <T> FieldRule onRecord(Class<T> owner, Check check) {
        return new FieldRule(List.of(owner), null, Function.identity(), check, Stage.DRAFT);
    }

    /** This rule, checked only on submission. */
    FieldRule atSubmission() {
        return new FieldRule(owners, property, value, check, Stage.SUBMISSION);
    }

    /** Whether the rule is checked at {@code stage}. */
    boolean appliesAt(Stage stage) {
        return this.stage == Stage.DRAFT || stage == Stage.SUBMISSION;
    }

    /** A check of one value: run directly, or by the Bean Validation constraint {@link #constraint()}. */
    sealed interface Check {
        /** Runs the check on {@code value} (never null unless {@link #checksNull()}), reporting each problem. */
        void run(Object value, LocalDate evaluationDate, FieldChecks.Report out);

        /** A new definition of the constraint that runs the same check (definitions are mutable: one per use). */
        ConstraintDef<?, ?> constraint();

        /** Whether null is a problem; for every check but {@link Required}, null is valid (as in Bean Validation). */
        default boolean checksNull() {
            return false;
        }
    }

    /** Required text: not null, not empty after {@code trim()}; Bean Validation's {@code @NotBlank} with our message. */
    record Required(String messageKey) implements Check {
        @Override
        public void run(Object value, LocalDate evaluationDate, FieldChecks.Report out) {
            if (!FieldChecks.notBlank((CharSequence) value)) {
                out.add(messageKey, Map.of(), null);
            }
        }

        @Override
        public ConstraintDef<?, ?> constraint() {
            return new NotBlankDef().message("{" + messageKey + "}");
        }

        @Override
        public boolean checksNull() {
            return true;
        }
    }

    /** Clean text of at most {@code max} characters; line breaks and tabs allowed when {@code multiline} ({@link CleanText}). */
    record Text(int max, boolean multiline) implements Check {
        @Override
        public void run(Object value, LocalDate evaluationDate, FieldChecks.Report out) {
            FieldChecks.cleanText((CharSequence) value, max, multiline, out);
        }

        @Override
        public ConstraintDef<?, ?> constraint() {
            return new GenericConstraintDef<>(CleanText.class).param("max", max).param("multiline", multiline);
        }
    }

    /** A citizen ID of 12 digits ({@link CitizenIdShape}). */
    record CitizenId() implements Check {
        @Override
        public void run(Object value, LocalDate evaluationDate, FieldChecks.Report out) {
            FieldChecks.citizenId((CharSequence) value, out);
        }

        @Override
        public ConstraintDef<?, ?> constraint() {
            return new GenericConstraintDef<>(CitizenIdShape.class);
        }
    }

    /** A year of birth from {@code min} to the year of the evaluation date ({@link YearOfBirth}). */
    record BirthYear(int min) implements Check {
        @Override
        public void run(Object value, LocalDate evaluationDate, FieldChecks.Report out) {
            FieldChecks.yearOfBirth((Integer) value, min, evaluationDate.getYear(), out);
        }

        @Override
        public ConstraintDef<?, ?> constraint() {
            return new GenericConstraintDef<>(YearOfBirth.class).param("min", min);
        }
    }

    /** An assessment's score within 0–100 and its rating's band ({@link ScoreMatchesRating}, reported on {@code score}). */
    record ScoreBand() implements Check {
        @Override
        public void run(Object value, LocalDate evaluationDate, FieldChecks.Report out) {
            FieldChecks.score((Assessment) value, out);
        }

        @Override
        public ConstraintDef<?, ?> constraint() {
            return new GenericConstraintDef<>(ScoreMatchesRating.class);
        }
    }
}
