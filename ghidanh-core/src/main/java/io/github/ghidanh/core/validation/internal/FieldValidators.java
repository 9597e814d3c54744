package io.github.ghidanh.core.validation.internal;

import io.github.ghidanh.core.model.Assessment;
import io.github.ghidanh.core.validation.CitizenIdShape;
import io.github.ghidanh.core.validation.CleanText;
import io.github.ghidanh.core.validation.ScoreMatchesRating;
import io.github.ghidanh.core.validation.YearOfBirth;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** The validators of the field constraints: each calls {@link FieldChecks}. Not part of the API. */
public final class FieldValidators {
    private FieldValidators() {
    }

    /** A {@link FieldChecks.Report} that adds Hibernate Validator violations. */
    private static FieldChecks.Report to(ConstraintValidatorContext ctx) {
        boolean[] first = {true};
        return (key, values, property) -> {
            if (first[0]) {
                ctx.disableDefaultConstraintViolation();
                first[0] = false;
            }
            Support.report(ctx, null, key, values, property);
        };
    }

    public static final class CleanTextValidator implements ConstraintValidator<CleanText, CharSequence> {
        private int max;
        private boolean multiline;

        @Override
        public void initialize(CleanText a) {
            this.max = a.max();
            this.multiline = a.multiline();
        }

        @Override
        public boolean isValid(CharSequence s, ConstraintValidatorContext ctx) {
            return FieldChecks.cleanText(s, max, multiline, to(ctx));
        }
    }

    public static final class CitizenIdShapeValidator implements ConstraintValidator<CitizenIdShape, CharSequence> {
        @Override
        public boolean isValid(CharSequence s, ConstraintValidatorContext ctx) {
            return FieldChecks.citizenId(s, to(ctx));
        }
    }

    public static final class YearOfBirthValidator implements ConstraintValidator<YearOfBirth, Integer> {
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
            int max = Support.date(Support.payload(ctx), ctx).getYear();
            return FieldChecks.yearOfBirth(year, min, max, to(ctx));
        }
    }

    public static final class ScoreMatchesRatingValidator implements ConstraintValidator<ScoreMatchesRating, Assessment> {
        @Override
        public boolean isValid(Assessment a, ConstraintValidatorContext ctx) {
            return FieldChecks.score(a, to(ctx));
        }
    }
}
