package io.github.ghidanh.core.view;

import io.github.ghidanh.core.model.Assessment;

/**
 * How lists print a rating: its label followed by the year it is for, e.g. "Hoàn thành xuất sắc
 * nhiệm vụ (2021)"; the label alone when the year is not known; empty when there is no rating.
 */
public final class RatingLabels {
    private RatingLabels() {
    }

    /** The Vietnamese label with its year, e.g. "Hoàn thành xuất sắc nhiệm vụ (2021)"; "" for null. */
    public static String vi(Assessment a) {
        return a == null ? "" : withYear(a.rating().labelVi(), a.year());
    }

    /** The English label with its year, e.g. "Completed duties excellently (2021)"; "" for null. */
    public static String en(Assessment a) {
        return a == null ? "" : withYear(a.rating().labelEn(), a.year());
    }

    private static String withYear(String label, Integer year) {
        return year == null ? label : label + " (" + year + ")";
    }
}
