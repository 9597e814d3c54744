package io.github.ghidanh.core.model;

import io.github.ghidanh.core.internal.Args;
import java.time.LocalDate;

/**
 * Evidence that the collective recognised an individual (CV-1.e): the meeting and its vote.
 *
 * @param meetingDate the date of the cell (or unit) meeting
 * @param body which meeting, e.g. "Hội nghị chi bộ Tổ dân phố số 1"
 * @param votesFor the number of votes in favour
 * @param votesTotal the number of members voting
 */
public record Recognition(LocalDate meetingDate, String body, Integer votesFor, Integer votesTotal) {
    public Recognition {
        body = Args.nfc(body);
    }

    /** Votes in favour over votes cast, or NaN if either is missing or zero. */
    public double approval() {
        if (votesFor == null || votesTotal == null || votesTotal == 0) {
            return Double.NaN;
        }
        return (double) votesFor / votesTotal;
    }
}
