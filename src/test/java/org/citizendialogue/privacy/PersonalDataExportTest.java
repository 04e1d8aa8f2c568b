package org.citizendialogue.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

import org.citizendialogue.audit.AuditLog;
import org.citizendialogue.notification.FollowTarget;
import org.citizendialogue.notification.NotificationService;
import org.citizendialogue.report.ReportReason;
import org.citizendialogue.shared.DomainException;
import org.citizendialogue.shared.PersonalDataSource;
import org.citizendialogue.submission.SubmissionModeration;
import org.citizendialogue.submission.SubmissionService;
import org.citizendialogue.support.Acting;
import org.citizendialogue.support.Demo;
import org.citizendialogue.support.IntegrationTest;
import org.citizendialogue.support.Residents;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * "Download my data" (issue 12): the file holds the person's account, submissions in every state
 * (as written, with the public reason), votes, reports, follows and notices, and nothing of
 * anyone else's; the link works once, for that person, until it expires; it is audited.
 */
@IntegrationTest
class PersonalDataExportTest {

    @Autowired
    PersonalDataExport export;

    @Autowired
    Residents residents;

    @Autowired
    Acting acting;

    @Autowired
    SubmissionService submissions;

    @Autowired
    SubmissionModeration moderation;

    @Autowired
    NotificationService notifications;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    @Autowired
    List<PersonalDataSource> sources;

    @Autowired
    AuditLog audit;

    private JsonNode exportOf(String email) {
        var out = new ByteArrayOutputStream();
        acting.run(email, () -> export.write(export.prepare(), out, key -> "[" + key + "]"));
        return json.readTree(out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void the_file_holds_everything_about_the_person_and_nothing_about_others() {
        var email = residents.register("Export Person");
        var other = residents.register("Someone Else");
        var otherQuestion = acting.as(
                other, () -> submissions.ask(Demo.TOPIC_ID, "Someone else's question about 5G base stations"));
        residents.approve(otherQuestion);
        var published = acting.as(
                email, () -> submissions.ask(Demo.TOPIC_ID, "When will the 5G network reach Miyun district?"));
        residents.approve(published);
        var rejected = acting.as(
                email, () -> submissions.ask(Demo.TOPIC_ID, "An off-topic question about the weather in Sanya"));
        acting.run(
                Demo.MODERATOR,
                () -> moderation.reject(
                        rejected,
                        residents.pendingVersion(rejected),
                        "OFF_TOPIC",
                        "moderator's private note: seen this before"));
        var redacted = acting.as(
                email, () -> submissions.ask(Demo.TOPIC_ID, "Call me on 13800138000 about the data exchange"));
        acting.run(
                Demo.MODERATOR,
                () -> moderation.redact(
                        redacted, residents.pendingVersion(redacted), "Call me about the data exchange"));
        acting.as(email, () -> submissions.comment(Demo.TOPIC_ID, null, "评论：期待更多的数字经济政策"));
        acting.run(email, () -> submissions.vote(otherQuestion));
        acting.run(
                email, () -> submissions.report(otherQuestion, ReportReason.OFF_TOPIC, "It belongs to another topic"));
        acting.run(email, () -> notifications.follow(FollowTarget.TOPIC, Demo.TOPIC_ID));

        var file = exportOf(email);

        assertThat(file.get("about").get("sections").propertyNames())
                .contains(
                        "account",
                        "roles",
                        "suspensions",
                        "submissions",
                        "votes",
                        "reports",
                        "notices",
                        "follows",
                        "email_notifications",
                        "sign_in_history");
        assertThat(file.get("about").get("sections").get("submissions").asString())
                .isEqualTo("[export.section.submissions]");
        assertThat(file.get("account").get("email").asString()).isEqualTo(email);
        assertThat(file.get("account").get("display_name").asString()).isEqualTo("Export Person");
        assertThat(file.get("roles").toString()).contains("RESIDENT");
        var mine = file.get("submissions");
        assertThat(mine).hasSize(4);
        assertThat(mine.get(0).get("status").asString()).isEqualTo("PUBLISHED");
        assertThat(mine.get(1).get("status").asString()).isEqualTo("REJECTED");
        assertThat(mine.get(1).get("rejection_reason").asString()).isEqualTo("OFF_TOPIC");
        assertThat(mine.get(1).get("rejection_reason_en").asString()).isEqualTo("It is not about this topic.");
        assertThat(mine.get(2).get("text_as_written").asString())
                .isEqualTo("Call me on 13800138000 about the data exchange");
        assertThat(mine.get(2).get("text_as_published").asString()).isEqualTo("Call me about the data exchange");
        assertThat(mine.get(3).get("kind").asString()).isEqualTo("COMMENT");
        assertThat(mine.get(3).get("text_as_written").asString()).isEqualTo("评论：期待更多的数字经济政策");
        assertThat(file.get("votes")).hasSize(1);
        assertThat(file.get("votes").get(0).get("question_id").asLong()).isEqualTo(otherQuestion);
        assertThat(file.get("reports").get(0).get("text").asString()).isEqualTo("It belongs to another topic");
        assertThat(file.get("follows")).hasSize(1);
        assertThat(file.get("notices").toString()).contains("APPROVED", "REJECTED");
        var text = file.toString();
        assertThat(text)
                .doesNotContain(other, "Someone Else", "Someone else's question", "private note", "password", "argon2");
    }

    @Test
    void the_link_works_once_only_for_its_person_and_is_audited() {
        var email = residents.register("Once Only");
        var ticket = acting.as(email, () -> export.prepare());
        assertThatThrownBy(() ->
                        acting.run(Demo.RESIDENT, () -> export.write(ticket, new ByteArrayOutputStream(), k -> k)))
                .isInstanceOf(AccessDeniedException.class);
        acting.run(email, () -> export.write(ticket, new ByteArrayOutputStream(), k -> k));
        assertThatThrownBy(() -> acting.run(email, () -> export.write(ticket, new ByteArrayOutputStream(), k -> k)))
                .isInstanceOf(DomainException.class)
                .hasFieldOrPropertyWithValue("messageKey", "export.error.used");
        long accountId = residents.idOf(email);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = 'DATA_EXPORTED' AND target_id = ?")
                        .param(accountId)
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void an_expired_link_is_refused() {
        var email = residents.register("Too Late");
        var expiring = new PersonalDataExport(sources, audit, json, Clock.systemUTC(), Duration.ofMillis(-1));
        var ticket = acting.as(email, () -> expiring.prepare());
        assertThatThrownBy(() -> acting.run(email, () -> expiring.write(ticket, new ByteArrayOutputStream(), k -> k)))
                .isInstanceOf(DomainException.class)
                .hasFieldOrPropertyWithValue("messageKey", "export.error.expired");
    }

    @Test
    void an_account_with_5000_submissions_is_exported_in_one_pass() {
        var email = residents.register("Prolific Resident");
        long accountId = residents.idOf(email);
        jdbc.sql("""
                INSERT INTO submission (kind, dialogue_id, topic_id, author_id, author_name, body, status, submitted_at)
                SELECT 'QUESTION', 1, ?, ?, 'Prolific Resident', CONCAT('Question number ', seq), 'WITHDRAWN', NOW(6)
                FROM seq_1_to_5000
                """).params(Demo.TOPIC_ID, accountId).update();
        long started = System.nanoTime();
        var file = exportOf(email);
        System.out.printf("export of 5000 submissions: %d ms%n", (System.nanoTime() - started) / 1_000_000);
        assertThat(file.get("submissions")).hasSize(5000);
    }
}
