package org.citizendialogue.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.citizendialogue.account.Contact;
import org.citizendialogue.shared.PersonalDataErased;
import org.citizendialogue.submission.RejectionReasons;
import org.citizendialogue.support.IntegrationTest;
import org.citizendialogue.support.TestMailServer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * E-mail survives a flaky SMTP server: the real sender talks to the test JVM's SMTP server, and
 * the first sends fail as a broken connection would. Two failures and a success deliver exactly
 * one e-mail; three failures deliver none and the caller never sees the error.
 */
@IntegrationTest
class MailRetryTest {

    @Autowired
    MailTexts texts;

    @Autowired
    TestMailServer smtp;

    @Autowired
    RejectionReasons reasons;

    @Test
    void a_send_that_fails_twice_is_delivered_once_on_the_third_attempt() {
        var to = contact();
        var sender = new FailingFirst(2);
        mailer(sender).send(to, notice());
        await().atMost(Duration.ofSeconds(10)).until(() -> receivedBy(to.email()) == 1);
        assertThat(sender.attempts.get()).isEqualTo(3);
        await().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(2)).until(() -> receivedBy(to.email()) == 1);
    }

    @Test
    void a_send_that_fails_every_time_gives_up_after_three_attempts_without_troubling_the_caller() {
        var to = contact();
        var sender = new FailingFirst(Mailer.ATTEMPTS);
        mailer(sender).send(to, notice());
        await().atMost(Duration.ofSeconds(10)).until(() -> sender.attempts.get() == Mailer.ATTEMPTS);
        await().during(Duration.ofMillis(300))
                .atMost(Duration.ofSeconds(2))
                .until(() -> sender.attempts.get() == Mailer.ATTEMPTS && receivedBy(to.email()) == 0);
    }

    @Test
    void an_e_mail_waiting_to_retry_is_dropped_when_its_account_is_deleted() {
        var to = contact();
        var sender = new FailingFirst(1);
        var mailer = mailer(sender, 400);
        mailer.send(to, notice());
        await().atMost(Duration.ofSeconds(10)).until(() -> sender.attempts.get() == 1);
        mailer.erased(new PersonalDataErased(to.accountId()));
        await().during(Duration.ofMillis(1200))
                .atMost(Duration.ofSeconds(3))
                .until(() -> sender.attempts.get() == 1 && receivedBy(to.email()) == 0);
    }

    private Mailer mailer(JavaMailSender sender) {
        return mailer(sender, 20);
    }

    private Mailer mailer(JavaMailSender sender, long retryPauseMillis) {
        var provider =
                new StaticListableBeanFactory(Map.of("mailSender", sender)).getBeanProvider(JavaMailSender.class);
        return new Mailer(
                provider,
                texts,
                reasons,
                "Citizen Dialogue <no-reply@citizen-dialogue.example>",
                "http://localhost:8080/",
                retryPauseMillis,
                new Outbox(false, Clock.systemUTC()),
                Duration.ofHours(48));
    }

    private static Contact contact() {
        return new Contact(1, "retry-" + System.nanoTime() + "@example.org", "Retry Reader", "en");
    }

    private static Notice notice() {
        return new Notice(
                1, NoticeKind.ANSWERED, 9L, "When will the computing vouchers open?", null, Instant.now(), null);
    }

    private long receivedBy(String email) {
        return Arrays.stream(smtp.received()).filter(m -> recipientIs(m, email)).count();
    }

    private static boolean recipientIs(MimeMessage message, String email) {
        try {
            return Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                    .anyMatch(a -> a.toString().equals(email));
        } catch (MessagingException e) {
            return false;
        }
    }

    /** The real SMTP sender, except that its first sends fail the way a dropped connection does. */
    private static final class FailingFirst extends JavaMailSenderImpl {

        final AtomicInteger attempts = new AtomicInteger();
        private final int failures;

        FailingFirst(int failures) {
            this.failures = failures;
            setHost("127.0.0.1");
            setPort(TestMailServer.PORT);
        }

        @Override
        public void send(MimeMessage message) {
            if (attempts.incrementAndGet() <= failures) {
                throw new MailSendException("connection reset (attempt " + attempts.get() + ")");
            }
            super.send(message);
        }
    }
}
