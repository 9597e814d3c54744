package io.github.ghidanh.core.model;

import java.time.LocalDate;

/**
 * The submission deadline of a campaign (CV-4). The source letter says "trước ngày 10/06/2022"
 * ("before 10 June 2022"); read literally, a report dated 10 June is late. Hosts whose practice is
 * "by that date" set {@code inclusive}; the letter is silent, so the literal reading is the default.
 *
 * @param date the date named in the letter
 * @param inclusive whether a submission on {@code date} itself is still on time
 */
public record Deadline(LocalDate date, boolean inclusive) {
    public Deadline {
        if (date == null) {
            throw ModelException.required("Deadline", "date");
        }
    }

    /** "trước ngày {date}": exclusive, as the letter words it. */
    public static Deadline before(LocalDate date) {
        return new Deadline(date, false);
    }

    /** "chậm nhất ngày {date}": inclusive. */
    public static Deadline onOrBefore(LocalDate date) {
        return new Deadline(date, true);
    }

    /** Whether a submission made on {@code submitted} is late. */
    public boolean isLate(LocalDate submitted) {
        return inclusive ? submitted.isAfter(date) : !submitted.isBefore(date);
    }
}
