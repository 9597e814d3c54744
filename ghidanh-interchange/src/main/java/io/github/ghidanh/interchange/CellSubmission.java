package io.github.ghidanh.interchange;

import io.github.ghidanh.core.text.VietnameseText;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What one cell submitted to the level above for the campaign (CV-4): when, by whom, which of its
 * nominees it recorded in its own roll and which it proposes upward. A cell with no submission is
 * "missing".
 *
 * @param cellId the cell
 * @param submittedOn the submission date (late if on or after an exclusive deadline)
 * @param submittedBy who submitted, e.g. the cell secretary; may be null
 * @param recorded ids of the nominees recorded in the cell's own roll, in order; {@code null} means
 *        "every nominee of the cell that the criteria find eligible" (the usual case)
 * @param proposed ids of the nominees proposed to the level above, in order
 */
public record CellSubmission(String cellId, LocalDate submittedOn, String submittedBy, List<String> recorded,
        List<String> proposed) {
    public CellSubmission {
        cellId = Objects.requireNonNull(VietnameseText.nfc(cellId), "cellId");
        Objects.requireNonNull(submittedOn, "submittedOn");
        submittedBy = VietnameseText.nfc(submittedBy);
        recorded = recorded == null ? null : List.copyOf(recorded);
        proposed = proposed == null ? List.of() : List.copyOf(proposed);
    }

    /** Whether the cell records every eligible nominee (no explicit "recorded" list). */
    public boolean recordsAllEligible() {
        return recorded == null;
    }
}

