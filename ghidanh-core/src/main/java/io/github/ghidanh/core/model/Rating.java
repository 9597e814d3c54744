package io.github.ghidanh.core.model;

import io.github.ghidanh.core.internal.CoreMessages;

/**
 * The four rating levels of party members, party organisations and civil servants, best first
 * (Quy định 366-QĐ/TW, 2025, for the 100-point bands). Legacy wordings are mapped on import, never
 * here.
 */
public enum Rating {
    /** Hoàn thành xuất sắc nhiệm vụ (≥ 90 points since Quy định 366-QĐ/TW, 2025). */
    HTXSNV("Hoàn thành xuất sắc nhiệm vụ", "Completed duties excellently", 90),
    /** Hoàn thành tốt nhiệm vụ (70 to &lt; 90 points). */
    HTTNV("Hoàn thành tốt nhiệm vụ", "Completed duties well", 70),
    /** Hoàn thành nhiệm vụ (50 to &lt; 70 points). */
    HTNV("Hoàn thành nhiệm vụ", "Completed duties", 50),
    /** Không hoàn thành nhiệm vụ (&lt; 50 points). */
    KHTNV("Không hoàn thành nhiệm vụ", "Did not complete duties", 0);

    private final String labelVi;
    private final String labelEn;
    private final int minScore;

    Rating(String labelVi, String labelEn, int minScore) {
        this.labelVi = labelVi;
        this.labelEn = labelEn;
        this.minScore = minScore;
    }

    public String labelVi() {
        return labelVi;
    }

    public String labelEn() {
        return labelEn;
    }

    /** The lowest 100-point score of this level. */
    public int minScore() {
        return minScore;
    }

    /** Whether this rating is the same as or better than {@code other}. */
    public boolean isAtLeast(Rating other) {
        return compareTo(other) <= 0;
    }

    /** The level a 100-point score falls in; the score must be 0–100. */
    public static Rating fromScore(int score) {
        if (score < 0 || score > 100) {
            throw new ModelException("rating.score", CoreMessages.of("model.rating.score", "score", score));
        }
        for (Rating r : values()) {
            if (score >= r.minScore) {
                return r;
            }
        }
        throw new AssertionError(score);
    }

    /** The rating whose current wording is exactly {@code label} (NFC, any case), or null. */
    public static Rating fromLabel(String label) {
        if (label == null) {
            return null;
        }
        String l = io.github.ghidanh.core.text.VietnameseText.nfc(label.strip()).toLowerCase(java.util.Locale.ROOT);
        for (Rating r : values()) {
            if (r.labelVi.toLowerCase(java.util.Locale.ROOT).equals(l) || r.name().equalsIgnoreCase(l)) {
                return r;
            }
        }
        return null;
    }
}
