package org.citizendialogue.shared.limits;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.TimeMeter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Rate limits per account and per client address, as Bucket4j token buckets (decision 012).
 * Each allowance refills completely at the end of its window ("5 per minute" means 5, then wait
 * for the minute to end). The buckets live in a bounded Caffeine map that forgets a key after
 * an hour without use, when its bucket would be full again anyway, so memory cannot grow
 * without bound. Time comes from the application clock, so tests can move it.
 * <p>
 * With Redis configured the allowances are the whole portal's, shared by every node in Redis
 * ({@link SharedBuckets}); while Redis is unreachable, and with no Redis, each node counts its own
 * (decision 026).
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

    private final MeterRegistry registry;
    private final ObjectProvider<SharedBuckets> shared;

    RateLimits(
            LimitSettings settings,
            Clock clock,
            ZoneId zone,
            MeterRegistry registry,
            ObjectProvider<SharedBuckets> shared) {
        this.registry = registry;
        this.shared = shared;
        this.settings = settings;
        this.clock = clock;
        this.zone = zone;
        this.meter = new ClockMeter(clock);
        this.buckets = Caffeine.newBuilder()
                .maximumSize(Math.max(1000, settings.getMaxTracked()))
                .expireAfterAccess(HOUR.plus(MINUTE))
                .build();
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
        var allowances = allowancesOf(limit, subject, address);
        var taken = new ArrayList<Allowance>(allowances.size());
        Instant retryAt = null;
        for (var allowance : allowances) {
            var probe = on(allowance, b -> b.tryConsumeAndReturnRemaining(1));
            if (probe.isConsumed()) {
                taken.add(allowance);
            } else {
                var at = clock.instant().plusNanos(probe.getNanosToWaitForRefill());
                retryAt = retryAt == null || at.isAfter(retryAt) ? at : retryAt;
            }
        }
        if (retryAt != null) {
            taken.forEach(this::giveBack);
            registry.counter(
                            "dialogue.ratelimit.refusals", "limit", limit.name().toLowerCase(Locale.ROOT))
                    .increment();
        }
        return Optional.ofNullable(retryAt);
    }

    /** Gives back an attempt {@link #take taken} before, when it should not count (a successful sign-in). */
    public void giveBack(Limit limit, String subject, String address) {
        allowancesOf(limit, subject, address).forEach(this::giveBack);
    }

    private void giveBack(Allowance allowance) {
        on(allowance, b -> {
            b.addTokens(1);
            return null;
        });
    }

    /** When this subject or address may try again, if an allowance is spent now; takes nothing. */
    public Optional<Instant> blockedUntil(Limit limit, String subject, String address) {
        Instant retryAt = null;
        for (var allowance : allowancesOf(limit, subject, address)) {
            var estimate = on(allowance, b -> b.estimateAbilityToConsume(1));
            if (!estimate.canBeConsumed()) {
                var at = clock.instant().plusNanos(estimate.getNanosToWaitForRefill());
                retryAt = retryAt == null || at.isAfter(retryAt) ? at : retryAt;
            }
        }
        return Optional.ofNullable(retryAt);
    }

    /** Counts an attempt that has already happened (a failed sign-in), without refusing anything. */
    public void record(Limit limit, String subject, String address) {
        allowancesOf(limit, subject, address).forEach(a -> on(a, b -> b.tryConsume(1)));
    }

    /** One allowance: a bucket key and its limits. */
    private record Allowance(String key, int perMinute, int perHour) {

        BucketConfiguration configuration() {
            var builder = BucketConfiguration.builder();
            if (perMinute > 0) {
                builder.addLimit(l -> l.capacity(perMinute).refillIntervally(perMinute, MINUTE));
            }
            if (perHour > 0) {
                builder.addLimit(l -> l.capacity(perHour).refillIntervally(perHour, HOUR));
            }
            return builder.build();
        }
    }

    /**
     * Applies an operation to the allowance's bucket: the portal-wide one in Redis when Redis is
     * configured and answering, else this node's own (decision 026).
     */
    private <T> T on(Allowance allowance, Function<Bucket, T> operation) {
        var shared = this.shared.getIfAvailable();
        if (shared != null) {
            var bucket = shared.bucket(
                    allowance.key() + "|" + allowance.perMinute() + "|" + allowance.perHour(),
                    allowance::configuration);
            if (bucket.isPresent()) {
                try {
                    return operation.apply(bucket.get());
                } catch (RuntimeException e) {
                    shared.failed(e);
                }
            }
        }
        return operation.apply(buckets.get(allowance.key(), k -> {
            var builder = Bucket.builder().withCustomTimePrecision(meter);
            for (var bandwidth : allowance.configuration().getBandwidths()) {
                builder.addLimit(bandwidth);
            }
            return builder.build();
        }));
    }

    private List<Allowance> allowancesOf(Limit limit, String subject, String address) {
        var found = new ArrayList<Allowance>(2);
        if (!settings.isEnabled()) {
            return found;
        }
        var rule = settings.rule(limit);
        if (subject != null && (rule.getPerMinute() > 0 || rule.getPerHour() > 0)) {
            found.add(new Allowance(limit + "|s|" + subject, rule.getPerMinute(), rule.getPerHour()));
        }
        if (address != null && (rule.getIpPerMinute() > 0 || rule.getIpPerHour() > 0)) {
            found.add(new Allowance(limit + "|a|" + address, rule.getIpPerMinute(), rule.getIpPerHour()));
        }
        return found;
    }

    /**
     * Forgets every allowance this node keeps (tests that change the clock or the settings start
     * from full buckets); allowances shared in Redis stay until they expire.
     */
    public void reset() {
        buckets.invalidateAll();
    }

    record ClockMeter(Clock clock) implements TimeMeter {

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
