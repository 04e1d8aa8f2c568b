package org.citizendialogue.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.citizendialogue.answer.AnswerDesk;
import org.citizendialogue.answer.AnswerForm;
import org.citizendialogue.notification.FollowTarget;
import org.citizendialogue.notification.NotificationService;
import org.citizendialogue.report.ReportReason;
import org.citizendialogue.search.SearchQuery;
import org.citizendialogue.search.SearchService;
import org.citizendialogue.shared.DomainException;
import org.citizendialogue.shared.FormerResident;
import org.citizendialogue.submission.PublishedSubmissions;
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
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/**
 * "Delete my account" (issue 12): afterwards no text column anywhere in the database holds the
 * person's e-mail, name or unpublished text; vote counts are right; the published, answered
 * question reads "Former resident"; search and sign-in no longer know the person; back-office
 * accounts and wrong confirmations are refused.
 */
@IntegrationTest
class AccountDeletionTest {

    @Autowired
    AccountDeletion deletion;

    @Autowired
    Residents residents;

    @Autowired
    Acting acting;

    @Autowired
    SubmissionService submissions;

    @Autowired
    PublishedSubmissions publishedSubmissions;

    @Autowired
    SubmissionModeration moderation;

    @Autowired
    AnswerDesk answers;

    @Autowired
    NotificationService notifications;

    @Autowired
    SearchService search;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcClient jdbc;

    /** Every row of every text column of the database that contains the value. */
    private List<String> placesHolding(String value) {
        var columns = jdbc.sql("""
                SELECT table_name, column_name FROM information_schema.columns
                WHERE table_schema = DATABASE() AND data_type IN ('char', 'varchar', 'text', 'mediumtext', 'longtext', 'tinytext')
                """)
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)})
                .list();
        var found = new ArrayList<String>();
        for (var column : columns) {
            int rows = jdbc.sql("SELECT COUNT(*) FROM `" + column[0] + "` WHERE LOCATE(?, `" + column[1] + "`) > 0")
                    .param(value)
                    .query(Integer.class)
                    .single();
            if (rows > 0) {
                found.add(column[0] + "." + column[1] + " (" + rows + ")");
            }
        }
        return found;
    }

    private int votesOf(long questionId) {
        return jdbc.sql("SELECT vote_count FROM submission WHERE id = ?")
                .param(questionId)
                .query(Integer.class)
                .single();
    }

    @Test
    void nothing_personal_remains_anywhere_and_the_public_record_reads_former_resident() {
        var name = "Erase Me " + System.nanoTime();
        var email = residents.register(name);
        long id = residents.idOf(email);
        var answered = acting.as(
                email, () -> submissions.ask(Demo.TOPIC_ID, "Deletion test: when will Yizhuang get 6G trials?"));
        residents.approve(answered);
        acting.as(
                Demo.STAFF,
                () -> answers.publish(answered, AnswerForm.answered("Trials start next year in Yizhuang."), null));
        var unanswered = acting.as(
                email, () -> submissions.ask(Demo.TOPIC_ID, "Deletion test: is there a data exchange in Tongzhou?"));
        residents.approve(unanswered);
        var pending =
                acting.as(email, () -> submissions.ask(Demo.TOPIC_ID, "Pending text " + name + " never published 待审"));
        var rejected = acting.as(email, () -> submissions.ask(Demo.TOPIC_ID, "Rejected text nobody may keep 拒绝"));
        acting.run(
                Demo.MODERATOR,
                () -> moderation.reject(rejected, residents.pendingVersion(rejected), "OFF_TOPIC", null));
        var redacted = acting.as(
                email, () -> submissions.ask(Demo.TOPIC_ID, "Call me on 13911112222 about the data exchange"));
        acting.run(
                Demo.MODERATOR,
                () -> moderation.redact(
                        redacted, residents.pendingVersion(redacted), "Call me about the data exchange"));
        residents.approve(redacted);
        var other = residents.publishedQuestion(Demo.TOPIC_ID, "Someone else's question that the person voted for");
        acting.run(email, () -> submissions.vote(other));
        acting.run(
                email,
                () -> submissions.report(other, ReportReason.OFF_TOPIC, "Report text that goes with the account"));
        acting.run(email, () -> notifications.follow(FollowTarget.TOPIC, Demo.TOPIC_ID));
        assertThat(votesOf(other)).isEqualTo(1);
        assertThat(placesHolding(email)).isNotEmpty();
        assertThat(placesHolding(name)).isNotEmpty();

        acting.run(email, () -> deletion.deleteOwn(Residents.PASSWORD, null, false));

        for (var value : List.of(
                email,
                name,
                "never published 待审",
                "Rejected text nobody may keep",
                "13911112222",
                "Report text that goes with the account")) {
            assertThat(placesHolding(value)).as("no trace of '%s'", value).isEmpty();
        }
        assertThat(votesOf(other)).as("the vote count follows").isZero();
        var kept = publishedSubmissions.publishedQuestion(answered).orElseThrow();
        assertThat(kept.authorName()).isEmpty();
        assertThat(FormerResident.shown(
                        kept.authorName(), key -> key.equals("author.former-resident") ? "Former resident" : key))
                .isEqualTo("Former resident");
        assertThat(publishedSubmissions.publishedQuestion(unanswered))
                .as("published text stays unless chosen")
                .isPresent();
        assertThat(jdbc.sql("SELECT status FROM submission WHERE id = ?")
                        .param(pending)
                        .query(String.class)
                        .single())
                .isEqualTo("WITHDRAWN");
        assertThat(jdbc.sql("SELECT status FROM submission WHERE id = ?")
                        .param(rejected)
                        .query(String.class)
                        .single())
                .as("the rejection still counts")
                .isEqualTo("REJECTED");
        assertThat(search.search(SearchQuery.of(name))).isEmpty();
        assertThatThrownBy(() -> users.loadUserByUsername(email)).isInstanceOf(UsernameNotFoundException.class);
        assertThat(jdbc.sql("SELECT actor_name FROM audit_entry WHERE action = 'ACCOUNT_DELETED' AND target_id = ?")
                        .param(id)
                        .query(String.class)
                        .single())
                .isEqualTo("#" + id);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM account_role WHERE account_id = ?")
                        .param(id)
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void the_person_may_take_unanswered_published_text_along_but_answered_questions_stay() {
        var email = residents.register("Takes It Along");
        var answered =
                acting.as(email, () -> submissions.ask(Demo.TOPIC_ID, "Answered question that stays on the record"));
        residents.approve(answered);
        acting.as(Demo.STAFF, () -> answers.publish(answered, AnswerForm.answered("It stays."), null));
        var unanswered =
                acting.as(email, () -> submissions.ask(Demo.TOPIC_ID, "Unanswered question the person takes along"));
        residents.approve(unanswered);
        var comment =
                acting.as(email, () -> submissions.comment(Demo.TOPIC_ID, null, "A comment the person takes along"));
        residents.approve(comment);

        acting.run(email, () -> deletion.deleteOwn(Residents.PASSWORD, null, true));

        assertThat(publishedSubmissions.publishedQuestion(answered)).isPresent();
        assertThat(publishedSubmissions.publishedQuestion(unanswered)).isEmpty();
        assertThat(placesHolding("Unanswered question the person takes along")).isEmpty();
        assertThat(placesHolding("A comment the person takes along")).isEmpty();
    }

    @Test
    void a_wrong_password_is_refused_at_its_field_and_nothing_changes() {
        var email = residents.register("Wrong Password");
        assertThatThrownBy(() -> acting.run(email, () -> deletion.deleteOwn("not my password", null, false)))
                .isInstanceOf(DomainException.class)
                .hasFieldOrPropertyWithValue("field", "password");
        assertThat(users.loadUserByUsername(email).getUsername()).isEqualTo(email);
    }

    @Test
    void back_office_accounts_cannot_be_deleted_by_themselves_or_by_an_admin() {
        assertThatThrownBy(() -> acting.run(Demo.MODERATOR, () -> deletion.deleteOwn(Demo.PASSWORD, null, false)))
                .isInstanceOf(DomainException.class)
                .hasFieldOrPropertyWithValue("messageKey", "delete-account.error.back-office");
        assertThatThrownBy(() -> acting.run(Demo.ADMIN, () -> deletion.deleteOwn(Demo.PASSWORD, null, false)))
                .isInstanceOf(DomainException.class);
        long moderator = residents.idOf(Demo.MODERATOR);
        assertThatThrownBy(() -> acting.run(Demo.ADMIN, () -> deletion.deleteOnRequest(moderator, false, "request 1")))
                .isInstanceOf(DomainException.class);
    }

    @Test
    void an_admin_deletes_a_resident_on_request_audited_and_a_resident_cannot() {
        var email = residents.register("Asked By Letter");
        long id = residents.idOf(email);
        assertThatThrownBy(() -> acting.run(Demo.RESIDENT, () -> deletion.deleteOnRequest(id, false, null)))
                .isInstanceOf(AccessDeniedException.class);
        acting.run(Demo.ADMIN, () -> deletion.deleteOnRequest(id, false, "letter of 3 December"));
        assertThat(placesHolding(email)).isEmpty();
        assertThat(jdbc.sql("SELECT detail FROM audit_entry WHERE action = 'ACCOUNT_DELETED' AND target_id = ?")
                        .param(id)
                        .query(String.class)
                        .single())
                .isEqualTo("letter of 3 December");
    }
}
