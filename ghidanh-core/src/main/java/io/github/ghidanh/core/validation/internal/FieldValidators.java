package io.github.ghidanh.core.validation.internal;

import io.github.ghidanh.core.model.Assessment;
import io.github.ghidanh.core.model.Rating;
import io.github.ghidanh.core.text.CitizenId;
import io.github.ghidanh.core.text.LegacyEncoding;
import io.github.ghidanh.core.text.TextChecks;
import io.github.ghidanh.core.text.TextProblem;
import io.github.ghidanh.core.validation.CitizenIdShape;
import io.github.ghidanh.core.validation.CleanText;
import io.github.ghidanh.core.validation.CriteriaPayload;
import io.github.ghidanh.core.validation.ScoreMatchesRating;
import io.github.ghidanh.core.validation.YearOfBirth;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The validators of the field constraints. Not part of the API. */
public final class FieldValidators {
    private FieldValidators() {
    }

    public static final String TEXT_LENGTH = "io.github.ghidanh.field.text.length";
    public static final String TEXT_CLEAN = "io.github.ghidanh.field.text.clean";
    public static final String TEXT_LEGACY = "io.github.ghidanh.field.text.legacy_encoding";
    public static final String CITIZEN_ID_SHAPE = "io.github.ghidanh.field.citizen_id.shape";
    public static final String YEAR_OF_BIRTH_RANGE = "io.github.ghidanh.field.year_of_birth.range";
    public static final String SCORE_RANGE = "io.github.ghidanh.field.score.range";
    public static final String SCORE_RATING = "io.github.ghidanh.field.score.rating";

    private static Map<String, Object> values(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
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
            if (s == null) {
                return true;
            }
            boolean valid = true;
            if (s.length() > max) {
                ctx.disableDefaultConstraintViolation();
                valid = false;
                Support.report(ctx, null, TEXT_LENGTH, values("max", max, "length", s.length()), null);
            }
            String text = s.toString();
            Optional<TextProblem> problem = multiline ? TextChecks.firstProblemMultiline(text) : TextChecks.firstProblem(text);
            if (problem.isPresent()) {
                if (valid) {
                    ctx.disableDefaultConstraintViolation();
                    valid = false;
                }
                TextProblem p = problem.get();
                Support.report(ctx, null, TEXT_CLEAN, values("position", p.index() + 1, "character",
                        String.format(java.util.Locale.ROOT, "U+%04X", p.codePoint()), "kind", p.kind()), null);
            } else {
                Optional<LegacyEncoding.Kind> legacy = LegacyEncoding.detect(text);
                if (legacy.isPresent()) {
                    if (valid) {
                        ctx.disableDefaultConstraintViolation();
                        valid = false;
                    }
                    Support.report(ctx, null, TEXT_LEGACY, values("encoding", legacy.get().name()), null);
                }
            }
            return valid;
        }
    }

    public static final class CitizenIdShapeValidator implements ConstraintValidator<CitizenIdShape, CharSequence> {
        @Override
        public boolean isValid(CharSequence s, ConstraintValidatorContext ctx) {
            if (s == null || CitizenId.isValidShape(s.toString())) {
                return true;
            }
            ctx.disableDefaultConstraintViolation();
            Support.report(ctx, null, CITIZEN_ID_SHAPE, values("length", s.length()), null);
            return false;
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
            CriteriaPayload p = Support.payload(ctx);
            int max = Support.date(p, ctx).getYear();
            if (year >= min && year <= max) {
                return true;
            }
            ctx.disableDefaultConstraintViolation();
            Support.report(ctx, null, YEAR_OF_BIRTH_RANGE, values("year", year, "min", min, "max", max), null);
            return false;
        }
    }

    public static final class ScoreMatchesRatingValidator implements ConstraintValidator<ScoreMatchesRating, Assessment> {
        @Override
        public boolean isValid(Assessment a, ConstraintValidatorContext ctx) {
            if (a == null || a.score() == null) {
                return true;
            }
            int score = a.score();
            if (score < 0 || score > 100) {
                ctx.disableDefaultConstraintViolation();
                Support.report(ctx, null, SCORE_RANGE, values("score", score), "score");
                return false;
            }
            Rating band = Rating.fromScore(score);
            if (band == a.rating()) {
                return true;
            }
            ctx.disableDefaultConstraintViolation();
            Support.report(ctx, null, SCORE_RATING, values("score", score, "rating", a.rating(), "band", band), "score");
            return false;
        }
    }
}
