package io.github.ghidanh.interchange;

import io.github.ghidanh.core.text.VietnameseText;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The level above's answer to one proposal: accepted into its own roll, or returned with a reason.
 *
 * @param nomineeId the proposed nominee
 * @param outcome accepted or returned
 * @param reason why it was returned (required for RETURN); null when accepted
 * @param date the date of the answer
 * @param by who answered, e.g. "Văn phòng Đảng ủy"; may be null
 */
public record Review(String nomineeId, Outcome outcome, String reason, LocalDate date, String by) {
    public Review {
        nomineeId = Objects.requireNonNull(VietnameseText.nfc(nomineeId), "nomineeId");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(date, "date");
        reason = VietnameseText.nfc(reason);
        by = VietnameseText.nfc(by);
    }

    public enum Outcome {
        ACCEPT,
        RETURN
    }
}
