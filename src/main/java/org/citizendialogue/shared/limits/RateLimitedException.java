package org.citizendialogue.shared.limits;

import java.time.Instant;
import java.time.ZoneId;

import org.citizendialogue.shared.CityTime;
import org.citizendialogue.shared.DomainException;

/**
 * Too many attempts in too short a time. It carries the moment the person can try again; the
 * message shows it as a time of day in the city's zone, in the reader's language.
 */
public class RateLimitedException extends DomainException {

    private final Instant retryAt;

    public RateLimitedException(Instant retryAt, ZoneId zone) {
        super("limit.reached", CityTime.timeOfDay(retryAt, zone));
        this.retryAt = retryAt;
    }

    public Instant retryAt() {
        return retryAt;
    }
}
