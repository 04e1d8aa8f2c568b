package org.citizendialogue.notification;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.citizendialogue.account.Contact;
import org.citizendialogue.shared.PersonalDataErased;
import org.citizendialogue.shared.cluster.OnEveryNode;
import org.citizendialogue.submission.RejectionReasons;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * Sends notices by e-mail, each on its own virtual thread, retried a few times with a pause:
 * the action that caused a notice has committed long before and never waits for SMTP. With no
 * SMTP server configured ({@code spring.mail.host} unset) the e-mail is written to the log
 * instead. User text goes into the HTML part escaped, and into the plain part as it is.
 */
@Component
class Mailer implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(Mailer.class);
    static final int ATTEMPTS = 3;

    private final ObjectProvider<JavaMailSender> sender;
    private final MailTexts texts;
    private final String from;
    private final String baseUrl;
    private final long retryPauseMillis;
    private final ExecutorService outbox = Executors.newVirtualThreadPerTaskExecutor();

    private final RejectionReasons reasons;
    private final Outbox kept;
    private final Duration verificationValidFor;
    /** Accounts erased while this node runs: their e-mails still queued or waiting to retry are dropped (issue 12). */
    private final Set<Long> erased = ConcurrentHashMap.newKeySet();

    Mailer(
            ObjectProvider<JavaMailSender> sender,
            MailTexts texts,
            RejectionReasons reasons,
            @Value("${dialogue.mail.from:Citizen Dialogue <no-reply@citizen-dialogue.example>}") String from,
            @Value("${dialogue.base-url:http://localhost:8080/}") String baseUrl,
            @Value("${dialogue.mail.retry-pause-ms:2000}") long retryPauseMillis,
            Outbox kept,
            @Value("${dialogue.email-verification.valid-for:48h}") Duration verificationValidFor) {
        this.kept = kept;
        this.verificationValidFor = verificationValidFor;
        this.sender = sender;
        this.reasons = reasons;
        this.texts = texts;
        this.from = from;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
        this.retryPauseMillis = retryPauseMillis;
    }

    /** Queues the e-mail of a notice; returns at once. */
    void send(Contact to, Notice notice) {
        outbox.execute(() -> deliver(to, notice));
    }

    private void deliver(Contact to, Notice notice) {
        var locale = MailTexts.localeOf(to.preferredLocale());
        var t = texts.in(locale);
        var line = NoticeText.of(notice, t, code -> reasons.publicText(code, locale));
        var subject = t.get("mail.subject", line);
        var link = notice.questionId() == null ? baseUrl + "me" : baseUrl + "questions/" + notice.questionId();
        var plain = t.get("mail.greeting", to.displayName()) + "\n\n" + line + "\n\n" + link + "\n\n"
                + t.get("mail.footer");
        var html = "<p>" + HtmlUtils.htmlEscape(t.get("mail.greeting", to.displayName())) + "</p><p>"
                + HtmlUtils.htmlEscape(line) + "</p><p><a href=\"" + HtmlUtils.htmlEscape(link) + "\">"
                + HtmlUtils.htmlEscape(link) + "</a></p><p>" + HtmlUtils.htmlEscape(t.get("mail.footer")) + "</p>";
        deliver(to, subject, plain, html);
    }

    /** Queues the e-mail with a password reset link, in the person's language; returns at once. */
    void sendPasswordReset(Contact to, String token) {
        outbox.execute(() -> {
            var t = texts.in(MailTexts.localeOf(to.preferredLocale()));
            var link = baseUrl + "reset-password?token=" + token;
            var subject = t.get("mail.reset.subject");
            var plain = t.get("mail.greeting", to.displayName()) + "\n\n" + t.get("mail.reset.text") + "\n\n" + link
                    + "\n\n" + t.get("mail.reset.footer");
            var html = "<p>" + HtmlUtils.htmlEscape(t.get("mail.greeting", to.displayName())) + "</p><p>"
                    + HtmlUtils.htmlEscape(t.get("mail.reset.text")) + "</p><p><a href=\"" + HtmlUtils.htmlEscape(link)
                    + "\">"
                    + HtmlUtils.htmlEscape(link) + "</a></p><p>" + HtmlUtils.htmlEscape(t.get("mail.reset.footer"))
                    + "</p>";
            deliver(to, subject, plain, html);
        });
    }

    /** Queues the e-mail with the link that confirms a new account's address; returns at once. */
    void sendVerification(Contact to, String token) {
        outbox.execute(() -> {
            var t = texts.in(MailTexts.localeOf(to.preferredLocale()));
            var link = baseUrl + "verify-email?token=" + token;
            var text = t.get("mail.verify.text", verificationValidFor.toHours());
            var plain = t.get("mail.greeting", to.displayName()) + "\n\n" + text + "\n\n" + link + "\n\n"
                    + t.get("mail.verify.footer");
            var html = "<p>" + HtmlUtils.htmlEscape(t.get("mail.greeting", to.displayName())) + "</p><p>"
                    + HtmlUtils.htmlEscape(text) + "</p><p><a href=\"" + HtmlUtils.htmlEscape(link) + "\">"
                    + HtmlUtils.htmlEscape(link) + "</a></p><p>" + HtmlUtils.htmlEscape(t.get("mail.verify.footer"))
                    + "</p>";
            deliver(to, t.get("mail.verify.subject"), plain, html);
        });
    }

    /** Queues the e-mail telling an account's owner that someone tried to register with the address. */
    void sendRegistrationWithExistingEmail(Contact to) {
        outbox.execute(() -> {
            var t = texts.in(MailTexts.localeOf(to.preferredLocale()));
            var login = baseUrl + "login";
            var forgot = baseUrl + "forgot-password";
            var plain = t.get("mail.greeting", to.displayName()) + "\n\n" + t.get("mail.existing.text") + "\n\n"
                    + t.get("mail.existing.sign-in") + " " + login + "\n" + t.get("mail.existing.reset") + " " + forgot
                    + "\n\n" + t.get("mail.existing.footer");
            var html = "<p>" + HtmlUtils.htmlEscape(t.get("mail.greeting", to.displayName())) + "</p><p>"
                    + HtmlUtils.htmlEscape(t.get("mail.existing.text")) + "</p><p>"
                    + HtmlUtils.htmlEscape(t.get("mail.existing.sign-in")) + " <a href=\"" + HtmlUtils.htmlEscape(login)
                    + "\">"
                    + HtmlUtils.htmlEscape(login) + "</a><br>" + HtmlUtils.htmlEscape(t.get("mail.existing.reset"))
                    + " <a href=\"" + HtmlUtils.htmlEscape(forgot) + "\">" + HtmlUtils.htmlEscape(forgot)
                    + "</a></p><p>"
                    + HtmlUtils.htmlEscape(t.get("mail.existing.footer")) + "</p>";
            deliver(to, t.get("mail.existing.subject"), plain, html);
        });
    }

    /** On every node: its queue and retries hold e-mails of its own. */
    @OnEveryNode
    public void erased(PersonalDataErased event) {
        erased.add(event.accountId());
    }

    private void deliver(Contact to, String subject, String plain, String html) {
        if (erased.contains(to.accountId())) {
            log.info("E-mail to account {} dropped: the account was deleted", to.accountId());
            return;
        }
        kept.keep(to.email(), subject, plain);
        var mail = sender.getIfAvailable();
        if (mail == null) {
            log.info("E-mail (no SMTP server configured) to {}: {}\n{}", to.email(), subject, plain);
            return;
        }
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            try {
                var message = mail.createMimeMessage();
                var helper = new MimeMessageHelper(message, true, "UTF-8");
                helper.setFrom(from);
                helper.setTo(to.email());
                helper.setSubject(subject);
                helper.setText(plain, html);
                mail.send(message);
                return;
            } catch (Exception e) {
                if (attempt == ATTEMPTS) {
                    log.error(
                            "E-mail to account {} failed after {} attempts; the notice stays in the app",
                            to.accountId(),
                            ATTEMPTS,
                            e);
                    return;
                }
                log.warn(
                        "E-mail to account {} failed (attempt {}), retrying: {}",
                        to.accountId(),
                        attempt,
                        e.toString());
                try {
                    Thread.sleep(retryPauseMillis * attempt);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return;
                }
                if (erased.contains(to.accountId())) {
                    log.info(
                            "E-mail to account {} dropped before its next attempt: the account was deleted",
                            to.accountId());
                    return;
                }
            }
        }
    }

    @Override
    public void destroy() {
        outbox.shutdown();
    }
}
