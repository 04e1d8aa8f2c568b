package org.citizendialogue.operations;

import java.util.Locale;

import org.citizendialogue.submission.PublishedSubmissions;
import org.citizendialogue.submission.SubmissionEvents;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * The portal's figures that follow from its events: submissions received (Prometheus gives the
 * rate per minute), sign-ins that succeeded or failed, and the pending queue's length, read from
 * the database when scraped.
 */
@Component
class PortalMetrics {

    private final MeterRegistry registry;
    private final Counter signInFailures;
    private final Counter signIns;

    PortalMetrics(MeterRegistry registry, PublishedSubmissions submissions) {
        this.registry = registry;
        Gauge.builder("dialogue.queue.pending", submissions, PublishedSubmissions::countPending)
                .description("Submissions waiting for moderation")
                .register(registry);
        this.signInFailures = Counter.builder("dialogue.signin.failures")
                .description("Sign-in attempts refused (wrong password, unknown e-mail, limited)")
                .register(registry);
        this.signIns = Counter.builder("dialogue.signin.successes")
                .description("Successful sign-ins")
                .register(registry);
    }

    @TransactionalEventListener(fallbackExecution = true)
    void received(SubmissionEvents.Received received) {
        registry.counter("dialogue.submissions", "kind", received.kind().name().toLowerCase(Locale.ROOT))
                .increment();
    }

    @EventListener
    void signInFailed(AbstractAuthenticationFailureEvent failure) {
        signInFailures.increment();
    }

    @EventListener
    void signedIn(AuthenticationSuccessEvent success) {
        signIns.increment();
    }
}
