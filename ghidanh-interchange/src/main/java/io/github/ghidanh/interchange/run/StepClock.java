package io.github.ghidanh.interchange.run;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * A clock the run sets to the date of each step (08:00 Vietnam time, one second later at every
 * reading so events stay ordered). Confined to one run on one thread, like the workflow it drives.
 */
final class StepClock extends Clock {
    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private Instant next;

    StepClock(LocalDate start) {
        set(start);
    }

    void set(LocalDate date) {
        Instant at = date.atTime(8, 0).atZone(VIETNAM).toInstant();
        if (next == null || at.isAfter(next)) {
            next = at;
        }
    }

    @Override
    public ZoneId getZone() {
        return VIETNAM;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("fixed zone");
    }

    @Override
    public Instant instant() {
        Instant now = next;
        next = next.plusSeconds(1);
        return now;
    }
}
