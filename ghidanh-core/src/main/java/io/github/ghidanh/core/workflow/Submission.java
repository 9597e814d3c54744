package io.github.ghidanh.core.workflow;

import io.github.ghidanh.core.internal.Args;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A cell's submission of its results and proposals to the level above (CV-4). Submitting after the
 * deadline is allowed and flagged {@link #late()}.
 *
 * @param cellId the submitting organisation
 * @param submittedOn the date of submission, compared with the campaign's deadline
 * @param late whether {@code submittedOn} is after the deadline ({@code Deadline.isLate})
 * @param submittedBy who submitted
 * @param submittedAt when it was entered
 */
public record Submission(String cellId, LocalDate submittedOn, boolean late, String submittedBy, Instant submittedAt) {
    public Submission {
        cellId = Args.nfc(cellId);
        Objects.requireNonNull(submittedOn, "submittedOn");
        submittedBy = Args.nfc(submittedBy);
    }
}
