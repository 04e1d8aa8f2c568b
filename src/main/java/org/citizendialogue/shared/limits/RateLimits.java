package org.citizendialogue.shared.limits;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;

/**
 * Rate limits per account and per client address, as Bucket4j token buckets (decision 012).
 * Each allowance refills completely at the end of its window ("5 per minute" means 5, then wait
 * for the minute to end). The buckets live in a bounded Caffeine map that forgets a key after
 * an hour without use, when its bucket would be full again anyway, so memory cannot grow
 * without bound. Time comes from the application clock, so tests can move it.
 * <p>
 * Limits are per node: with several nodes, each keeps its own allowances (DESIGN.md section 7).
 */
@Component
@EnableConfigurationProperties(LimitSettings.class)
public class RateLimits {

    private static final Duration MINUTE = Duration.ofMinutes(1);
    private static final Duration HOUR = Duration.ofHours(1);

    private final LimitSettings settings;
    private final Clock clock;
    private final ZoneId zone;
    private final TimeMeter meter;
    private final Cache<String, Bucket> buckets;

    private final io.micrometer.core.instrument.MeterRegistry registry;

    RateLimits(LimitSettings settings, Clock clock, ZoneId zone, io.micrometer.core.instrument.MeterRegistry registry) {
        this.registry = registry;
        this.settings = settings;
        this.clock = clock;
        this.zone = zone;
        this.meter = new ClockMeter(clock);
        this.buckets = Caffeine.newBuilder().maximumSize(Math.max(1000, settings.getMaxTracked()))
                .expireAfterAccess(HOUR.plus(MINUTE)).build();
    }

    /**
     * Takes one attempt from the allowances of this subject (an account id, an e-mail) and of the
     * current client address; refuses when either is spent, saying when to try again.
     */
    public void consume(Limit limit, String subject) {
        consume(limit, subject, ClientAddress.current().orElse(null));
    }

    /**
     * As {@link #consume(Limit, String)}, with the client address given; null subject or address
     * are not counted. A refused attempt takes nothing, so a spent address does not also drain
     * the account's allowance (and the other way round).
     */
    public void consume(Limit limit, String subject, String address) {
        var refused = take(limit, subject, address);
        if (refused.isPresent()) {
            throw new RateLimitedException(refused.get(), zone);
        }
    }

    /**
     * Takes one attempt from the allowances of this subject and address, atomically per
     * allowance: concurrent callers can never take more than an allowance holds (issue 11,
     * finding 2). All or nothing: when one allowance is spent, what was taken from the others is
     * given back. Returns when to try again if refused, empty if taken.
     */
    public Optional<Instant> take(Limit limit, String subject, String address) {
        var buckets = bucketsOf(limit, subject, address);
        var taken = new ArrayList<Bucket>(buckets.size());
        Instant retryAt = null;
        for (var bucket : buckets) {
            var probe = bucket.tryConsumeAndReturnRemaining(1);
            if (probe.isConsumed()) {
                taken.add(bucket);
            } else {
                var at = clock.instant().plusNanos(probe.getNanosToWaitForRefill());
                retryAt = retryAt == null || at.isAfter(retryAt) ? at : retryAt;
            }
        }
        if (retryAt != null) {
            taken.forEach(b -> b.addTokens(1));
            registry.counter("dialogue.ratelimit.refusals", "limit", limit.name().toLowerCase(java.util.Locale.ROOT))
                    .increment();
        }
        return Optional.ofNullable(retryAt);
    }

    /** Gives back an attempt {@link #take taken} before, when it should not count (a successful sign-in). */
    public void giveBack(Limit limit, String subject, String address) {
        bucketsOf(limit, subject, address).forEach(b -> b.addTokens(1));
    }

    /** When this subject or address may try again, if an allowance is spent now; takes nothing. */
    public Optional<Instant> blockedUntil(Limit limit, String subject, String address) {
        return retryAt(bucketsOf(limit, subject, address));
    }

    private Optional<Instant> retryAt(List<Bucket> buckets) {
        Instant retryAt = null;
        for (var bucket : buckets) {
            var estimate = bucket.estimateAbilityToConsume(1);
            if (!estimate.canBeConsumed()) {
                var at = clock.instant().plusNanos(estimate.getNanosToWaitForRefill());
                retryAt = retryAt == null || at.isAfter(retryAt) ? at : retryAt;
            }
        }
        return Optional.ofNullable(retryAt);
    }

    /** Counts an attempt that has already happened (a failed sign-in), without refusing anything. */
    public void record(Limit limit, String subject, String address) {
        bucketsOf(limit, subject, address).forEach(b -> b.tryConsume(1));
    }

    private List<Bucket> bucketsOf(Limit limit, String subject, String address) {
        var found = new ArrayList<Bucket>(2);
        if (!settings.isEnabled()) {
            return found;
        }
        var rule = settings.rule(limit);
        if (subject != null && (rule.getPerMinute() > 0 || rule.getPerHour() > 0)) {
            found.add(bucket(limit + "|s|" + subject, rule.getPerMinute(), rule.getPerHour()));
        }
        if (address != null && (rule.getIpPerMinute() > 0 || rule.getIpPerHour() > 0)) {
            found.add(bucket(limit + "|a|" + address, rule.getIpPerMinute(), rule.getIpPerHour()));
        }
        return found;
    }

    private Bucket bucket(String key, int perMinute, int perHour) {
        return buckets.get(key, k -> {
            var builder = Bucket.builder().withCustomTimePrecision(meter);
            if (perMinute > 0) {
                builder.addLimit(l -> l.capacity(perMinute).refillIntervally(perMinute, MINUTE));
            }
            if (perHour > 0) {
                builder.addLimit(l -> l.capacity(perHour).refillIntervally(perHour, HOUR));
            }
            return builder.build();
        });
    }

    /** Forgets every allowance (tests that change the clock or the settings start from full buckets). */
    public void reset() {
        buckets.invalidateAll();
    }

    private record ClockMeter(Clock clock) implements TimeMeter {

        @Override
        public long currentTimeNanos() {
            var now = clock.instant();
            return now.getEpochSecond() * 1_000_000_000L + now.getNano();
        }

        @Override
        public boolean isWallClockBased() {
            return true;
        }
    }
}
