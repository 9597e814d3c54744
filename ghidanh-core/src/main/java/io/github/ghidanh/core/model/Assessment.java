package io.github.ghidanh.core.model;

/**
 * A rating with an optional 100-point score (since 2025). Whether a score agrees with its level is
 * a validation rule, not a construction failure, so that imported records can be reported.
 *
 * @param rating the level; required
 * @param score the score 0–100, or null
 * @param year the year the rating is for; may be null
 */
public record Assessment(Rating rating, Integer score, Integer year) {
    public Assessment {
        if (rating == null) {
            throw ModelException.required("Assessment", "rating");
        }
    }

    public static Assessment of(Rating rating) {
        return new Assessment(rating, null, null);
    }

    /**
     * Whether the score, if any, is 0–100 and not below the rating's band (Quy định 366-QĐ/TW: the
     * band's minimum is necessary, not sufficient, so 92 points rated HTTNV agree, 85 rated HTXSNV do not).
     */
    public boolean scoreAgrees() {
        return score == null || (score >= 0 && score <= 100 && score >= rating.minScore());
    }
}
