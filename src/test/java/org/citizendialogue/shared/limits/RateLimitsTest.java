package org.citizendialogue.shared.limits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.time.ZoneId;

import org.citizendialogue.support.MutableClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

/** The buckets alone, no Spring: counts, windows, subjects and addresses, switched-off allowances. */
class RateLimitsTest {

    /** No Redis: every allowance is this node's. */
    private static final ObjectProvider<SharedBuckets> SINGLE_NODE =
            new StaticListableBeanFactory().getBeanProvider(SharedBuckets.class);

    private final MutableClock clock = new MutableClock();

    private RateLimits limits(int perMinute, int perHour, int ipPerMinute, int ipPerHour) {
        var settings = new LimitSettings();
        var rule = settings.getSubmissions();
        rule.setPerMinute(perMinute);
        rule.setPerHour(perHour);
        rule.setIpPerMinute(ipPerMinute);
        rule.setIpPerHour(ipPerHour);
        return new RateLimits(settings, clock, ZoneId.of("Asia/Shanghai"), new SimpleMeterRegistry(), SINGLE_NODE);
    }

    @Test
    void the_production_defaults_are_five_a_minute_and_thirty_an_hour_per_account() {
        var rule = new LimitSettings().rule(Limit.SUBMISSIONS);
        assertThat(rule.getPerMinute()).isEqualTo(5);
        assertThat(rule.getPerHour()).isEqualTo(30);
    }

    @Test
    void trips_at_the_count_says_when_and_refills_when_the_minute_is_over() {
        var limits = limits(3, 0, 0, 0);
        for (int i = 0; i < 3; i++) {
            limits.consume(Limit.SUBMISSIONS, "a", null);
        }
        clock.advance(Duration.ofSeconds(20));
        var refused =
                catchThrowableOfType(RateLimitedException.class, () -> limits.consume(Limit.SUBMISSIONS, "a", null));
        assertThat(refused.retryAt()).isEqualTo(clock.instant().plusSeconds(40));
        assertThat(limits.blockedUntil(Limit.SUBMISSIONS, "a", null)).contains(refused.retryAt());
        limits.consume(Limit.SUBMISSIONS, "b", null);
        clock.advance(Duration.ofSeconds(40));
        limits.consume(Limit.SUBMISSIONS, "a", null);
    }

    @Test
    void an_address_is_counted_apart_from_the_account_and_a_refusal_takes_nothing() {
        var limits = limits(0, 0, 2, 0);
        limits.consume(Limit.SUBMISSIONS, "a", "10.0.0.1");
        limits.consume(Limit.SUBMISSIONS, "b", "10.0.0.1");
        assertThatThrownBy(() -> limits.consume(Limit.SUBMISSIONS, "c", "10.0.0.1"))
                .isInstanceOf(RateLimitedException.class);
        limits.consume(Limit.SUBMISSIONS, "c", "10.0.0.2");
        limits.consume(Limit.SUBMISSIONS, "c", null);
    }

    @Test
    void recorded_failures_count_without_refusing_and_other_actions_are_not_affected() {
        var limits = limits(2, 0, 0, 0);
        var settings = new LimitSettings();
        settings.getSignIn().setPerMinute(2);
        var signIn =
                new RateLimits(settings, clock, ZoneId.of("Asia/Shanghai"), new SimpleMeterRegistry(), SINGLE_NODE);
        signIn.record(Limit.SIGN_IN, "e", null);
        signIn.record(Limit.SIGN_IN, "e", null);
        signIn.record(Limit.SIGN_IN, "e", null);
        assertThat(signIn.blockedUntil(Limit.SIGN_IN, "e", null)).isPresent();
        assertThat(signIn.blockedUntil(Limit.VOTES, "e", null)).isEmpty();
        limits.consume(Limit.SUBMISSIONS, "e", null);
    }

    @Test
    void switched_off_limits_never_refuse() {
        var settings = new LimitSettings();
        settings.setEnabled(false);
        var limits =
                new RateLimits(settings, clock, ZoneId.of("Asia/Shanghai"), new SimpleMeterRegistry(), SINGLE_NODE);
        for (int i = 0; i < 100; i++) {
            limits.consume(Limit.SUBMISSIONS, "a", "10.0.0.1");
        }
        assertThat(limits.blockedUntil(Limit.SUBMISSIONS, "a", "10.0.0.1")).isEmpty();
    }
}
