package org.citizendialogue.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import jakarta.mail.internet.MimeMessage;

import org.citizendialogue.report.ReportReason;
import org.citizendialogue.shared.DomainException;
import org.citizendialogue.shared.limits.LimitSettings;
import org.citizendialogue.shared.limits.RateLimitedException;
import org.citizendialogue.shared.limits.RateLimits;
import org.citizendialogue.submission.PublishedSubmissions;
import org.citizendialogue.submission.QuestionSort;
import org.citizendialogue.submission.SubmissionService;
import org.citizendialogue.support.Acting;
import org.citizendialogue.support.Demo;
import org.citizendialogue.support.IntegrationTest;
import org.citizendialogue.support.MovableClock;
import org.citizendialogue.support.Residents;
import org.citizendialogue.support.TestMailServer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.icegreen.greenmail.util.GreenMailUtil;

/**
 * E-mail verification (decision 021): a new account signs in and reads, but its first question,
 * comment, vote or report waits for the link in the e-mail; the link works once and for a limited
 * time, its token is stored hashed; asking for it again is limited; existing and demo accounts
 * count as verified.
 */
@IntegrationTest
class EmailVerificationTest {

    private static final Pattern LINK = Pattern.compile("verify-email\\?token=([A-Za-z0-9_-]+)");

    @Autowired
    MovableClock clock;

    @Value("${dialogue.email-verification.valid-for:48h}")
    Duration validFor;

    @Autowired
    EmailVerifications verifications;

    @Autowired
    SubmissionService submissions;

    @Autowired
    PublishedSubmissions publishedSubmissions;

    @Autowired
    Residents residents;

    @Autowired
    Acting acting;

    @Autowired
    TestMailServer smtp;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    LimitSettings limitSettings;

    @Autowired
    RateLimits rateLimits;

    private List<MimeMessage> linksTo(String email, int atLeast) throws Exception {
        var deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (true) {
            var found = Arrays.stream(smtp.received())
                    .filter(m -> {
                        try {
                            return GreenMailUtil.getAddressList(m.getAllRecipients())
                                            .contains(email)
                                    && LINK.matcher(body(m)).find();
                        } catch (Exception e) {
                            return false;
                        }
                    })
                    .toList();
            if (found.size() >= atLeast || System.nanoTime() > deadline) {
                return found;
            }
            Thread.sleep(50);
        }
    }

    private static String body(MimeMessage mail) {
        return GreenMailUtil.getBody(mail).replace("=\r\n", "").replace("=3D", "=");
    }

    private static String tokenOf(MimeMessage mail) {
        var matcher = LINK.matcher(body(mail));
        assertThat(matcher.find()).isTrue();
        return matcher.group(1);
    }

    private static void refusedUnverified(Runnable action) {
        assertThatThrownBy(action::run)
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("verification.required"));
    }

    @Test
    void a_new_account_reads_but_asks_comments_votes_and_reports_only_after_opening_the_link() throws Exception {
        long published =
                residents.publishedQuestion(Demo.TOPIC_ID, "Will 5G reach the old hutongs " + System.nanoTime() + "?");
        var email = residents.registerUnconfirmed("Not Yet Confirmed");
        long id = residents.idOf(email);
        assertThat(verifications.isVerified(id)).isFalse();
        assertThat(acting.as(email, verifications::mineUnconfirmed)).isTrue();
        assertThat(acting.as(
                        email,
                        () -> publishedSubmissions.publishedQuestions(Demo.TOPIC_ID, QuestionSort.NEWEST, 0, 50)))
                .as("reading works")
                .isNotEmpty();

        refusedUnverified(() -> acting.run(email, () -> submissions.ask(Demo.TOPIC_ID, "An early question")));
        refusedUnverified(
                () -> acting.run(email, () -> submissions.comment(Demo.TOPIC_ID, published, "An early comment")));
        refusedUnverified(() -> acting.run(email, () -> submissions.vote(published)));
        refusedUnverified(() -> acting.run(email, () -> submissions.report(published, ReportReason.SPAM, null)));

        var token = tokenOf(linksTo(email, 1).get(0));
        assertThat(jdbc.sql("SELECT token_hash FROM email_verification_token WHERE account_id = ?")
                        .param(id)
                        .query(String.class)
                        .single())
                .as("only the hash is stored")
                .isEqualTo(OneTimeTokens.hash(token))
                .isNotEqualTo(token);

        assertThat(verifications.confirm(token)).isTrue();
        assertThat(verifications.isVerified(id)).isTrue();
        assertThat(acting.as(email, verifications::mineUnconfirmed)).isFalse();
        assertThat(acting.as(email, () -> submissions.ask(Demo.TOPIC_ID, "Now I may ask " + System.nanoTime())))
                .isPositive();
        acting.run(email, () -> submissions.vote(published));
        assertThat(verifications.confirm(token)).as("single use").isFalse();
    }

    @Test
    void an_expired_or_made_up_link_confirms_nothing() throws Exception {
        var email = residents.registerUnconfirmed("Late Opener");
        long id = residents.idOf(email);
        var token = tokenOf(linksTo(email, 1).get(0));
        clock.advance(validFor.plusMinutes(1));
        assertThat(verifications.confirm(token)).isFalse();
        assertThat(verifications.confirm("made-up-token")).isFalse();
        assertThat(verifications.confirm("")).isFalse();
        assertThat(verifications.confirm(null)).isFalse();
        assertThat(verifications.isVerified(id)).isFalse();
    }

    @Test
    void existing_demo_and_first_admin_accounts_count_as_verified() {
        assertThat(jdbc.sql("SELECT COUNT(*) FROM account WHERE id <= 10 AND email_verified_at IS NULL")
                        .query(Long.class)
                        .single())
                .isZero();
        acting.run(
                Demo.RESIDENT, () -> assertThat(verifications.mineUnconfirmed()).isFalse());
    }

    @Test
    void sending_the_link_again_is_limited_per_account_and_does_nothing_once_confirmed() throws Exception {
        var rule = limitSettings.getVerificationMails();
        var previous = rule.getPerHour();
        rule.setPerHour(3);
        rateLimits.reset();
        try {
            var email = residents.registerUnconfirmed("Impatient");
            for (int i = 0; i < 3; i++) {
                acting.run(email, verifications::resend);
            }
            assertThatThrownBy(() -> acting.run(email, verifications::resend)).isInstanceOf(RateLimitedException.class);
            var links = linksTo(email, 4);
            assertThat(links).hasSize(4);
            assertThat(verifications.confirm(tokenOf(links.get(3)))).isTrue();
            rateLimits.reset();
            acting.run(email, verifications::resend);
            Thread.sleep(500);
            assertThat(linksTo(email, 5)).as("no link for a confirmed address").hasSize(4);
        } finally {
            rule.setPerHour(previous);
            rateLimits.reset();
        }
    }
}
