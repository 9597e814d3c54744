package io.github.ghidanh.core.view;

import io.github.ghidanh.core.workflow.CampaignState;
import io.github.ghidanh.core.workflow.Submission;
import java.util.Objects;

/**
 * Whether a cell submitted its results for a campaign, and when (CV-4), as the documents show it.
 * The workflow records only the {@link Submission} and whether it was late; this label belongs to
 * the read models, so the workflow does not depend on them.
 */
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

    /** ON_TIME, LATE or MISSING for a cell of the campaign of {@code state}. */
    public static SubmissionStatus of(CampaignState state, String cellId) {
        Objects.requireNonNull(state, "state");
        return state.submission(cellId).map(s -> s.late() ? LATE : ON_TIME).orElse(MISSING);
    }
}
