package org.citizendialogue.shared.limits;

import java.time.Instant;

import org.citizendialogue.shared.DomainException;

/**
 * Too many attempts in too short a time. It carries the moment the person can try again; the
 * UI shows it as a local time in their language (its argument is that {@link Instant}).
 */
public class RateLimitedException extends DomainException {

    private final Instant retryAt;

    public RateLimitedException(Instant retryAt) {
        super("limit.reached", retryAt);
        this.retryAt = retryAt;
    }

    public Instant retryAt() {
        return retryAt;
    }
}
