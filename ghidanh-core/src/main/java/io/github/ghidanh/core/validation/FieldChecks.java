package io.github.ghidanh.core.validation;

import io.github.ghidanh.core.model.Assessment;
import io.github.ghidanh.core.model.Rating;
import io.github.ghidanh.core.text.CitizenId;
import io.github.ghidanh.core.text.LegacyEncoding;
import io.github.ghidanh.core.text.TextChecks;
import io.github.ghidanh.core.text.TextProblem;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The bodies of the field checks as plain functions. The constraint validators ({@link CleanText},
 * {@link CitizenIdShape}, {@link YearOfBirth}, {@link ScoreMatchesRating}) and the direct path
 * ({@link FieldRule.Check}) both call these, so the two report the same problems.
 */
final class FieldChecks {
    private FieldChecks() {
    }

    static final String NAME_REQUIRED = "io.github.ghidanh.field.name.required";
    static final String TEXT_LENGTH = "io.github.ghidanh.field.text.length";
    static final String TEXT_CLEAN = "io.github.ghidanh.field.text.clean";
    static final String TEXT_LEGACY = "io.github.ghidanh.field.text.legacy_encoding";
    static final String CITIZEN_ID_SHAPE = "io.github.ghidanh.field.citizen_id.shape";
    static final String YEAR_OF_BIRTH_RANGE = "io.github.ghidanh.field.year_of_birth.range";
    static final String SCORE_RANGE = "io.github.ghidanh.field.score.range";
    static final String SCORE_RATING = "io.github.ghidanh.field.score.rating";

    /** Receives one problem: message key, values, and the sub-property it is on (null: the value itself). */
    @FunctionalInterface
    interface Report {
        void add(String key, Map<String, Object> values, String property);
    }

    static Map<String, Object> values(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }

    /** {@code @CleanText}: length, then forbidden characters, else legacy encoding. True when clean. */
    static boolean cleanText(CharSequence s, int max, boolean multiline, Report out) {
        if (s == null) {
            return true;
        }
        boolean valid = true;
        if (s.length() > max) {
            valid = false;
            out.add(TEXT_LENGTH, values("max", max, "length", s.length()), null);
        }
        String text = s.toString();
        int scan = scan(text);
        if (scan == ASCII) {
            return valid; // printable ASCII: no forbidden character, and no legacy-encoded letter either
        }
        Optional<TextProblem> problem = scan == COMMON ? Optional.empty()
                : multiline ? TextChecks.firstProblemMultiline(text) : TextChecks.firstProblem(text);
        if (problem.isPresent()) {
            TextProblem p = problem.get();
            out.add(TEXT_CLEAN, values("position", p.index() + 1, "character",
                    String.format(Locale.ROOT, "U+%04X", p.codePoint()), "kind", p.kind()), null);
            return false;
        }
        Optional<LegacyEncoding.Kind> legacy = LegacyEncoding.detect(text);
        if (legacy.isPresent()) {
            out.add(TEXT_LEGACY, values("encoding", legacy.get().name()), null);
            return false;
        }
        return valid;
    }

    static final int ASCII = 0;
    static final int COMMON = 1;
    static final int OTHER = 2;

    /**
     * Whether every character is printable ASCII ({@link #ASCII}); else whether every character is
     * printable ASCII or a letter, mark or sign of Latin-1/Latin Extended/IPA/spacing modifiers
     * (U+00A0–U+02FF but the soft hyphen U+00AD) or Latin Extended Additional (U+1E00–U+1EFF, the
     * Vietnamese letters) ({@link #COMMON}, none of which {@link TextChecks} rejects: a test checks
     * every one); else {@link #OTHER}. A fast pre-scan for the usual Vietnamese text.
     */
    static int scan(String s) {
        int result = ASCII;
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            if (c >= 0x20 && c <= 0x7E) {
                continue;
            }
            if ((c >= 0xA0 && c <= 0x2FF && c != 0xAD) || (c >= 0x1E00 && c <= 0x1EFF)) {
                result = COMMON;
                continue;
            }
            return OTHER;
        }
        return result;
    }

    /** {@code @NotBlank} as Hibernate Validator defines it: null, or empty after {@code trim()}. */
    static boolean notBlank(CharSequence s) {
        return s != null && !s.toString().trim().isEmpty();
    }

    /** {@code @CitizenIdShape}. */
    static boolean citizenId(CharSequence s, Report out) {
        if (s == null || CitizenId.isValidShape(s.toString())) {
            return true;
        }
        out.add(CITIZEN_ID_SHAPE, values("length", s.length()), null);
        return false;
    }

    /** {@code @YearOfBirth}: from {@code min} to {@code maxYear}. */
    static boolean yearOfBirth(Integer year, int min, int maxYear, Report out) {
        if (year == null || (year >= min && year <= maxYear)) {
            return true;
        }
        out.add(YEAR_OF_BIRTH_RANGE, values("year", year, "min", min, "max", maxYear), null);
        return false;
    }

    /** {@code @ScoreMatchesRating}: reported on the property {@code score}. */
    static boolean score(Assessment a, Report out) {
        if (a == null || a.score() == null) {
            return true;
        }
        int score = a.score();
        if (score < 0 || score > 100) {
            out.add(SCORE_RANGE, values("score", score), "score");
            return false;
        }
        // Quy định 366-QĐ/TW: a score of at least the level's minimum is necessary, not sufficient
        // (a cell may rate a 92-point member HTTNV); only a score below the rating's band disagrees.
        if (score >= a.rating().minScore()) {
            return true;
        }
        out.add(SCORE_RATING, values("score", score, "rating", a.rating(), "min", a.rating().minScore()), "score");
        return false;
    }
}
