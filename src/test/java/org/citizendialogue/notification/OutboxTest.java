package org.citizendialogue.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;

import org.citizendialogue.account.AccountService;
import org.citizendialogue.account.RegistrationDraft;
import org.citizendialogue.shared.NotFoundException;
import org.citizendialogue.support.Acting;
import org.citizendialogue.support.Demo;
import org.citizendialogue.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * The demo outbox (decision 021): on in demo mode without an SMTP server, off otherwise; keeps the
 * last 100 e-mails, newest first, for admins only.
 */
@IntegrationTest
class OutboxTest {

    @Autowired
    Outbox outbox;

    @Autowired
    AccountService accounts;

    @Autowired
    Acting acting;

    @Test
    void it_is_on_in_demo_mode_without_smtp_only_unless_set_explicitly() {
        assertThat(Outbox.decide(null, true, null)).isTrue();
        assertThat(Outbox.decide(null, true, " ")).isTrue();
        assertThat(Outbox.decide(null, true, "smtp.example.org"))
                .as("a mail server is configured")
                .isFalse();
        assertThat(Outbox.decide(null, false, null)).as("not demo mode").isFalse();
        assertThat(Outbox.decide("true", false, "smtp.example.org")).isTrue();
        assertThat(Outbox.decide("false", true, null)).isFalse();
    }

    @Test
    void without_demo_mode_nothing_is_kept_and_the_list_does_not_exist() {
        var off = new Outbox(false, Clock.systemUTC());
        off.keep("someone@example.org", "subject", "text");
        assertThat(off.available()).isFalse();
        assertThatThrownBy(off::latest).isInstanceOf(NotFoundException.class);
    }

    @Test
    void it_keeps_the_last_hundred_newest_first() {
        var on = new Outbox(true, Clock.systemUTC());
        for (int i = 0; i < Outbox.KEEP + 5; i++) {
            on.keep("n" + i + "@example.org", "subject " + i, "text " + i);
        }
        var kept = on.latest();
        assertThat(kept).hasSize(Outbox.KEEP);
        assertThat(kept.getFirst().subject()).isEqualTo("subject " + (Outbox.KEEP + 4));
        assertThat(kept.getLast().subject()).isEqualTo("subject 5");
    }

    @Test
    void a_registrations_mail_is_in_the_outbox_for_admins_and_refused_to_others() {
        var email = "outbox-" + System.nanoTime() + "@example.org";
        accounts.register(new RegistrationDraft(email, "Outbox Reader", "a long enough passphrase", true));
        await().atMost(Duration.ofSeconds(10))
                .until(() -> acting.as(Demo.ADMIN, outbox::latest).stream().anyMatch(m -> m.to().equals(email)));
        var mail = acting.as(Demo.ADMIN, outbox::latest).stream()
                .filter(m -> m.to().equals(email))
                .findFirst()
                .orElseThrow();
        assertThat(mail.subject()).contains("confirm your e-mail address");
        assertThat(mail.text())
                .contains("verify-email?token=")
                .doesNotContain("<a ")
                .doesNotContain("<p>");
        assertThat(mail.sentAt()).isNotNull();
        assertThatThrownBy(() -> acting.run(Demo.RESIDENT, outbox::latest)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> acting.run(Demo.MODERATOR, outbox::latest)).isInstanceOf(AccessDeniedException.class);
    }
}
