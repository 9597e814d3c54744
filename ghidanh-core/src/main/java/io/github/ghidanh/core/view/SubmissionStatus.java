package io.github.ghidanh.core.view;

/** Whether a cell submitted its results for a campaign, and when (CV-4). */
public enum SubmissionStatus {
    ON_TIME("Đúng hạn", "On time"),
    LATE("Nộp muộn", "Late"),
    MISSING("Chưa nộp", "Not submitted");

    private final String labelVi;
    private final String labelEn;

    SubmissionStatus(String labelVi, String labelEn) {
        this.labelVi = labelVi;
        this.labelEn = labelEn;
    }

    public String labelVi() {
        return labelVi;
    }

    public String labelEn() {
        return labelEn;
    }
}
