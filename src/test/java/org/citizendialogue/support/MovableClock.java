package org.citizendialogue.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The application's clock in every {@link IntegrationTest}: the system clock, moved forward by a
 * test to let minutes or days pass without sleeping or rewriting timestamps in SQL. It keeps
 * ticking, so untouched tests see real time; {@link MovableClockReset} puts it back after each
 * test, since the context (and the clock) is shared. Only what the services compare with
 * {@code clock.instant()} moves: the database's {@code NOW()} does not.
 */
public final class MovableClock extends Clock {

    private volatile Duration offset = Duration.ZERO;

    /** Lets this much time pass for the application. */
    public void advance(Duration by) {
        offset = offset.plus(by);
    }

    /** Back to the system's time. */
    public void reset() {
        offset = Duration.ZERO;
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(offset);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }
}
