package io.github.ghidanh.core.workflow;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/** A test clock: each read returns the previous instant plus a fixed step, starting at {@code start}. */
public final class StepClock extends Clock {
    public static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");

    private final ZoneId zone;
    private final Duration step;
    private Instant next;

    public StepClock(Instant start, Duration step) {
        this(start, step, VN);
    }

    private StepClock(Instant start, Duration step, ZoneId zone) {
        this.next = start;
        this.step = step;
        this.zone = zone;
    }

    /** Moves the clock so that the next read returns {@code t}. */
    public void set(Instant t) {
        next = t;
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId z) {
        return new StepClock(next, step, z);
    }

    @Override
    public Instant instant() {
        Instant now = next;
        next = next.plus(step);
        return now;
    }
}
