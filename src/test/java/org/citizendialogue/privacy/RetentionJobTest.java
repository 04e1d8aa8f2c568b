package org.citizendialogue.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.citizendialogue.account.AccountClosure;
import org.citizendialogue.audit.AuditErasure;
import org.citizendialogue.audit.AuditLog;
import org.citizendialogue.submission.DecidedTextRetention;
import org.citizendialogue.submission.SubmissionModeration;
import org.citizendialogue.submission.SubmissionService;
import org.citizendialogue.support.Acting;
import org.citizendialogue.support.Demo;
import org.citizendialogue.support.IntegrationTest;
import org.citizendialogue.support.Residents;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The retention job removes exactly what is due, with the clock moved forward instead of waiting:
 * an unconfirmed account after 7 days (not after 6), the text of rejected and withdrawn
 * submissions after 180 days (not after 179, and never published text; the rows stay for the
 * counts), and security log days older than 183 days. Each test runs in a transaction that is
 * rolled back, so the shared demo data keeps its texts.
 */
@IntegrationTest
@Transactional
class RetentionJobTest {

    @Autowired
    RetentionPeriods periods;

    @Autowired
    AccountClosure closure;

    @Autowired
    AccountDeletion deletion;

    @Autowired
    DecidedTextRetention decidedTexts;

    @Autowired
    AuditErasure auditCopies;

    @Autowired
    AuditLog audit;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    Residents residents;

    @Autowired
    Acting acting;

    @Autowired
    SubmissionService submissions;

    @Autowired
    SubmissionModeration moderation;

    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path logs;

    private RetentionJob.Run runAfter(Duration elapsed) {
        var clock = Clock.offset(Clock.systemUTC(), elapsed);
        return new RetentionJob(periods, closure, deletion, decidedTexts, auditCopies, transactions, clock, logs).run();
    }

    private String emailOf(long id) {
        return jdbc.sql("SELECT email FROM account WHERE id = ?")
                .param(id)
                .query(String.class)
                .optional()
                .orElse(null);
    }

    private String bodyOf(long id) {
        return jdbc.sql("SELECT body FROM submission WHERE id = ?")
                .param(id)
                .query(String.class)
                .single();
    }

    @Test
    void an_unconfirmed_account_goes_after_seven_days_a_confirmed_one_stays() {
        var unconfirmed = residents.registerUnconfirmed("Never Confirmed");
        var confirmed = residents.register("Confirmed In Time");
        long unconfirmedId = residents.idOf(unconfirmed);
        long confirmedId = residents.idOf(confirmed);

        runAfter(Duration.ofDays(6));
        assertThat(emailOf(unconfirmedId)).isEqualTo(unconfirmed);

        var run = runAfter(Duration.ofDays(7).plusMinutes(1));
        assertThat(run.accountsErased()).isPositive();
        assertThat(emailOf(unconfirmedId)).isNull();
        assertThat(jdbc.sql("SELECT erased_at IS NOT NULL FROM account WHERE id = ?")
                        .param(unconfirmedId)
                        .query(Boolean.class)
                        .single())
                .isTrue();
        assertThat(emailOf(confirmedId)).isEqualTo(confirmed);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = 'ACCOUNT_EXPIRED' AND target_id = ?")
                        .param(unconfirmedId)
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void rejected_and_withdrawn_text_goes_after_180_days_and_the_counts_stay() {
        var email = residents.register("Retention Author");
        var rejected = acting.as(
                email, () -> submissions.ask(Demo.TOPIC_ID, "Retention: a rejected question about the weather"));
        acting.run(
                Demo.MODERATOR,
                () -> moderation.reject(rejected, residents.pendingVersion(rejected), "OFF_TOPIC", null));
        var withdrawn =
                acting.as(email, () -> submissions.ask(Demo.TOPIC_ID, "Retention: a question the author withdrew"));
        acting.run(email, () -> submissions.withdraw(withdrawn));
        var published = residents.publishedQuestion(Demo.TOPIC_ID, "Retention: a published question stays as it is");
        int rejectedCount = jdbc.sql("SELECT COUNT(*) FROM submission WHERE status = 'REJECTED'")
                .query(Integer.class)
                .single();

        runAfter(Duration.ofDays(179));
        assertThat(bodyOf(rejected)).isEqualTo("Retention: a rejected question about the weather");
        assertThat(bodyOf(withdrawn)).isEqualTo("Retention: a question the author withdrew");

        var run = runAfter(Duration.ofDays(181));
        assertThat(run.textsErased()).isGreaterThanOrEqualTo(2);
        assertThat(bodyOf(rejected)).isEmpty();
        assertThat(bodyOf(withdrawn)).isEmpty();
        assertThat(bodyOf(published)).isEqualTo("Retention: a published question stays as it is");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM submission WHERE status = 'REJECTED'")
                        .query(Integer.class)
                        .single())
                .isEqualTo(rejectedCount);
        assertThat(jdbc.sql(
                                "SELECT COUNT(*) FROM audit_entry WHERE LOCATE('rejected question about the weather', CONCAT_WS(' ', before_state, after_state, detail)) > 0")
                        .query(Integer.class)
                        .single())
                .as("no copy in the audit log")
                .isZero();
    }

    @Test
    void security_log_days_older_than_six_months_are_deleted() throws IOException {
        var today = LocalDate.now(ZoneOffset.UTC);
        var old = Files.createFile(logs.resolve("security." + today.minusDays(200) + ".log"));
        var oldZipped = Files.createFile(logs.resolve("security." + today.minusDays(190) + ".log.gz"));
        var recent = Files.createFile(logs.resolve("security." + today.minusDays(100) + ".log"));
        var current = Files.createFile(logs.resolve("security.log"));
        var unrelated = Files.createFile(logs.resolve("notes-" + today.minusDays(400) + ".txt"));

        var run = runAfter(Duration.ZERO);

        assertThat(run.logDaysDeleted()).isEqualTo(2);
        assertThat(old).doesNotExist();
        assertThat(oldZipped).doesNotExist();
        assertThat(recent).exists();
        assertThat(current).exists();
        assertThat(unrelated).exists();
    }
}
