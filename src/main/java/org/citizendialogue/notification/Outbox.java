package org.citizendialogue.notification;

import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

import org.citizendialogue.shared.NotFoundException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;

/**
 * The demo outbox (decision 021): in demo mode without an SMTP server, the last {@value #KEEP}
 * outgoing e-mails are kept in memory so that admins can read them on {@code /admin/outbox} and
 * try registration, verification and password reset without a mail server. Otherwise nothing is
 * kept and the page does not exist. {@code dialogue.mail.outbox.enabled} overrides the decision
 * (the tests, which run a real SMTP server, switch it on).
 */
@Component
public class Outbox {

    public static final int KEEP = 100;

    private final boolean enabled;
    private final Clock clock;
    private final Deque<OutboxMail> mails = new ArrayDeque<>();

    @Autowired
    Outbox(Environment environment, Clock clock) {
        this(
                decide(
                        environment.getProperty("dialogue.mail.outbox.enabled"),
                        environment.getProperty("dialogue.demo.enabled", Boolean.class, false),
                        environment.getProperty("spring.mail.host")),
                clock);
    }

    Outbox(boolean enabled, Clock clock) {
        this.enabled = enabled;
        this.clock = clock;
    }

    /** On when set explicitly; otherwise in demo mode with no SMTP server configured. */
    static boolean decide(String explicit, boolean demo, String mailHost) {
        if (explicit != null && !explicit.isBlank()) {
            return Boolean.parseBoolean(explicit.strip());
        }
        return demo && (mailHost == null || mailHost.isBlank());
    }

    /** Whether e-mails are kept here (and the admin page exists). */
    public boolean available() {
        return enabled;
    }

    void keep(String to, String subject, String text) {
        if (!enabled) {
            return;
        }
        synchronized (mails) {
            mails.addFirst(new OutboxMail(to, subject, clock.instant(), text));
            while (mails.size() > KEEP) {
                mails.removeLast();
            }
        }
    }

    /** Drops every kept e-mail to the address (its account was deleted). */
    void forget(String to) {
        if (to == null) {
            return;
        }
        synchronized (mails) {
            mails.removeIf(mail -> mail.to().equalsIgnoreCase(to));
        }
    }

    /** The kept e-mails, newest first; admins only, and only where the outbox exists. */
    @PreAuthorize("hasRole('ADMIN')")
    public List<OutboxMail> latest() {
        if (!enabled) {
            throw new NotFoundException();
        }
        synchronized (mails) {
            return List.copyOf(mails);
        }
    }
}
