package org.citizendialogue.verdict;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.citizendialogue.account.Suspensions;
import org.citizendialogue.answer.AnswerDesk;
import org.citizendialogue.answer.AnswerForm;
import org.citizendialogue.notification.FollowTarget;
import org.citizendialogue.notification.NotificationService;
import org.citizendialogue.programme.ProgrammeStatus;
import org.citizendialogue.shared.DomainException;
import org.citizendialogue.submission.PublishedSubmissions;
import org.citizendialogue.submission.SubmissionService;
import org.citizendialogue.support.Acting;
import org.citizendialogue.support.Demo;
import org.citizendialogue.support.Fixtures;
import org.citizendialogue.support.IntegrationTest;
import org.citizendialogue.support.MovableClock;
import org.citizendialogue.support.Residents;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/**
 * Verdicts on answers on MariaDB (issue 17, part 1): only the asker rates, once per revision (the
 * unique key holds under concurrent clicks), may change for 30 days and not after; a new revision
 * is rated afresh; the comment goes through the moderation queue before anyone else sees it;
 * "helped me" once per follower; staff of the programme read the verdicts, others are refused;
 * "not satisfied" without a reply is flagged after the setting's days, and a revision or a
 * commitment is a reply.
 */
@IntegrationTest
class VerdictTest {

    @Autowired
    Verdicts verdicts;

    @Autowired
    AnswerDesk answers;

    @Autowired
    SubmissionService submissions;

    @Autowired
    PublishedSubmissions published;

    @Autowired
    NotificationService notifications;

    @Autowired
    Fixtures fixtures;

    @Autowired
    Residents residents;

    @Autowired
    Acting acting;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MovableClock clock;

    @Autowired
    Suspensions suspensions;

    private record Asked(String asker, long questionId, Fixtures.Programme programme) {}

    /** A resident asks on a new staffed programme, a moderator approves, staff publish the answer. */
    private Asked answeredQuestion(String status) {
        var programme = fixtures.staffedProgramme("OPEN");
        var asker = residents.register("Verdict Asker");
        long id = acting.as(
                asker,
                () -> submissions.ask(programme.topicId(), "When will the figures be published? " + System.nanoTime()));
        residents.approve(id);
        acting.run(Demo.STAFF, () -> answers.publish(id, AnswerForm.answered("In March, every year."), null));
        fixtures.moveTo(programme, ProgrammeStatus.valueOf(status));
        return new Asked(asker, id, programme);
    }

    private AnswerVerdicts seenBy(String email, long questionId) {
        return acting.as(email, () -> verdicts.forQuestion(questionId)).orElseThrow();
    }

    private int rows(long questionId) {
        // the rows themselves: what is asserted is that the unique key let only one be stored
        return jdbc.sql("SELECT COUNT(*) FROM answer_verdict WHERE question_id = ?")
                .param(questionId)
                .query(Integer.class)
                .single();
    }

    @Test
    void only_the_asker_rates_once_per_revision_and_a_new_revision_is_rated_afresh() {
        var q = answeredQuestion("CLOSED");
        var stranger = residents.register("Not The Asker");
        assertThatThrownBy(
                        () -> acting.run(stranger, () -> verdicts.rate(q.questionId(), VerdictRating.SATISFIED, null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() ->
                        acting.run(Demo.STAFF, () -> verdicts.rate(q.questionId(), VerdictRating.SATISFIED, null)))
                .as("staff are no residents")
                .isInstanceOf(AccessDeniedException.class);

        acting.run(q.asker(), () -> verdicts.rate(q.questionId(), VerdictRating.PARTLY, null));
        acting.run(q.asker(), () -> verdicts.rate(q.questionId(), VerdictRating.NOT_SATISFIED, null));
        assertThat(rows(q.questionId())).as("a change, not a second verdict").isEqualTo(1);
        assertThat(seenBy(stranger, q.questionId()).askerRating()).contains(VerdictRating.NOT_SATISFIED);
        assertThat(seenBy(q.asker(), q.questionId()).mine().orElseThrow().rating())
                .isEqualTo(VerdictRating.NOT_SATISFIED);

        var draft = acting.as(Demo.STAFF, () -> answers.editorFor(q.questionId()));
        acting.run(
                Demo.STAFF,
                () -> answers.publish(
                        q.questionId(), AnswerForm.answered("In March; the first report is online."), draft.version()));
        var afterRevision = seenBy(q.asker(), q.questionId());
        assertThat(afterRevision.revisionNo()).isEqualTo(2);
        assertThat(afterRevision.mine()).as("the new version is not rated yet").isEmpty();
        assertThat(afterRevision.askerRating()).isEmpty();
        acting.run(q.asker(), () -> verdicts.rate(q.questionId(), VerdictRating.SATISFIED, null));
        assertThat(rows(q.questionId())).isEqualTo(2);
        assertThat(jdbc.sql(
                                "SELECT replied_at IS NOT NULL FROM answer_verdict WHERE question_id = ? AND revision_no = 1")
                        .param(q.questionId())
                        .query(Boolean.class)
                        .single())
                .as("the revision replied to the first verdict")
                .isTrue();
    }

    @Test
    void the_database_keeps_one_verdict_per_asker_and_revision_when_clicked_at_once() throws Exception {
        var q = answeredQuestion("CLOSED");
        var start = new CountDownLatch(1);
        try (var pool = Executors.newFixedThreadPool(8)) {
            var results = new ArrayList<Future<?>>();
            for (int i = 0; i < 8; i++) {
                results.add(pool.submit(() -> {
                    start.await();
                    try {
                        acting.run(q.asker(), () -> verdicts.rate(q.questionId(), VerdictRating.SATISFIED, null));
                    } catch (DomainException lostTheRace) {
                        assertThat(lostTheRace.messageKey()).isEqualTo("verdict.error.already");
                    }
                    return null;
                }));
            }
            start.countDown();
            for (var result : results) {
                result.get();
            }
        }
        assertThat(rows(q.questionId())).isEqualTo(1);
        assertThatThrownBy(() -> jdbc.sql("""
                INSERT INTO answer_verdict (answer_id, question_id, dialogue_id, revision_no, account_id, rating, rated_at, changed_at)
                SELECT answer_id, question_id, dialogue_id, revision_no, account_id, 'PARTLY', NOW(6), NOW(6) FROM answer_verdict WHERE question_id = ?
                """).param(q.questionId()).update())
                .as("the unique key itself refuses a second row")
                .isInstanceOf(DuplicateKeyException.class);
    }

    @Test
    void the_asker_may_change_for_thirty_days_and_not_after() {
        var q = answeredQuestion("CLOSED");
        acting.run(q.asker(), () -> verdicts.rate(q.questionId(), VerdictRating.NOT_SATISFIED, null));
        clock.advance(Duration.ofDays(29));
        acting.run(q.asker(), () -> verdicts.rate(q.questionId(), VerdictRating.PARTLY, null));
        assertThat(seenBy(q.asker(), q.questionId()).mayRate()).isTrue();

        clock.advance(Duration.ofDays(1).plusMinutes(1));
        assertThatThrownBy(
                        () -> acting.run(q.asker(), () -> verdicts.rate(q.questionId(), VerdictRating.SATISFIED, null)))
                .isInstanceOf(DomainException.class)
                .hasFieldOrPropertyWithValue("messageKey", "verdict.error.too-late");
        var seen = seenBy(q.asker(), q.questionId());
        assertThat(seen.mayRate()).isFalse();
        assertThat(seen.mine().orElseThrow().rating()).isEqualTo(VerdictRating.PARTLY);
    }

    @Test
    void the_comment_waits_for_a_moderator_before_anyone_else_sees_it() {
        var q = answeredQuestion("CLOSED");
        acting.run(
                q.asker(),
                () -> verdicts.rate(q.questionId(), VerdictRating.PARTLY, "The date is clear, the place is not."));
        long commentId = jdbc.sql("SELECT comment_id FROM answer_verdict WHERE question_id = ?")
                .param(q.questionId())
                .query(Long.class)
                .single();
        assertThat(published.publishedComments(Set.of(q.questionId())).getOrDefault(q.questionId(), List.of()))
                .as("nobody sees it before moderation")
                .isEmpty();
        assertThat(acting.as(Demo.STAFF, () -> verdicts.desk(VerdictFilter.ALL)))
                .filteredOn(v -> v.questionId() == q.questionId())
                .singleElement()
                .satisfies(v -> {
                    assertThat(v.comment()).isNull();
                    assertThat(v.commentPending()).isTrue();
                });
        var mine = seenBy(q.asker(), q.questionId()).mine().orElseThrow();
        assertThat(mine.comment()).isEqualTo("The date is clear, the place is not.");
        assertThat(mine.commentPublished()).isFalse();

        residents.approve(commentId);
        assertThat(published.publishedComments(Set.of(q.questionId())).get(q.questionId()))
                .extracting(c -> c.body())
                .containsExactly("The date is clear, the place is not.");
        assertThat(acting.as(Demo.STAFF, () -> verdicts.desk(VerdictFilter.ALL)))
                .filteredOn(v -> v.questionId() == q.questionId())
                .singleElement()
                .extracting(DeskVerdict::comment)
                .isEqualTo("The date is clear, the place is not.");

        assertThatThrownBy(() -> acting.run(
                        q.asker(), () -> verdicts.rate(q.questionId(), VerdictRating.PARTLY, "x".repeat(501))))
                .isInstanceOf(DomainException.class)
                .hasFieldOrPropertyWithValue("field", "comment");
        acting.run(q.asker(), () -> verdicts.rate(q.questionId(), VerdictRating.PARTLY, "字".repeat(500)));
    }

    @Test
    void followers_say_it_helped_once_each_and_others_are_refused() {
        var q = answeredQuestion("CLOSED");
        var follower = residents.register("Helped Follower");
        var other = residents.register("Not Following");
        assertThatThrownBy(() -> acting.as(other, () -> verdicts.helped(q.questionId())))
                .isInstanceOf(DomainException.class)
                .hasFieldOrPropertyWithValue("messageKey", "verdict.error.follow-first");
        acting.run(follower, () -> notifications.follow(FollowTarget.QUESTION, q.questionId()));
        assertThat(seenBy(follower, q.questionId()).mayHelp()).isTrue();
        assertThat(acting.as(follower, () -> verdicts.helped(q.questionId()))).isEqualTo(1);
        assertThat(acting.as(follower, () -> verdicts.helped(q.questionId())))
                .as("once per person")
                .isEqualTo(1);
        var seen = seenBy(follower, q.questionId());
        assertThat(seen.iHelped()).isTrue();
        assertThat(seen.mayHelp()).isFalse();
        assertThat(verdicts.forQuestion(q.questionId()).orElseThrow().helpedCount())
                .as("anyone reads the count")
                .isEqualTo(1);
        acting.run(q.asker(), () -> notifications.follow(FollowTarget.QUESTION, q.questionId()));
        assertThatThrownBy(() -> acting.as(q.asker(), () -> verdicts.helped(q.questionId())))
                .isInstanceOf(DomainException.class)
                .hasFieldOrPropertyWithValue("messageKey", "verdict.error.asker-rates");
    }

    @Test
    void suspended_and_unconfirmed_residents_cannot_rate() {
        var q = answeredQuestion("CLOSED");
        long askerId = residents.idOf(q.asker());
        jdbc.sql("UPDATE account SET email_verified_at = NULL WHERE id = ?")
                .param(askerId)
                .update();
        assertThatThrownBy(
                        () -> acting.run(q.asker(), () -> verdicts.rate(q.questionId(), VerdictRating.SATISFIED, null)))
                .isInstanceOf(DomainException.class);
        residents.confirm(q.asker());
        acting.run(Demo.MODERATOR, () -> suspensions.suspendFor(askerId, "Posted an advert.", Duration.ofDays(1)));
        assertThatThrownBy(
                        () -> acting.run(q.asker(), () -> verdicts.rate(q.questionId(), VerdictRating.SATISFIED, null)))
                .isInstanceOf(DomainException.class);
        assertThat(rows(q.questionId())).isZero();
    }

    @Test
    void staff_of_the_programme_see_verdicts_and_the_flag_after_the_reply_days() {
        var q = answeredQuestion("CLOSED");
        acting.run(q.asker(), () -> verdicts.rate(q.questionId(), VerdictRating.NOT_SATISFIED, null));
        assertThat(acting.as(Demo.STAFF, () -> verdicts.desk(VerdictFilter.NOT_SATISFIED)))
                .extracting(DeskVerdict::questionId)
                .contains(q.questionId());
        assertThat(acting.as(Demo.STAFF, () -> verdicts.desk(VerdictFilter.FLAGGED)))
                .extracting(DeskVerdict::questionId)
                .as("not flagged within the days")
                .doesNotContain(q.questionId());

        clock.advance(Duration.ofDays(8));
        assertThat(acting.as(Demo.STAFF, () -> verdicts.desk(VerdictFilter.FLAGGED)))
                .filteredOn(v -> v.questionId() == q.questionId())
                .singleElement()
                .extracting(DeskVerdict::flagged)
                .isEqualTo(true);
        long flagged = acting.as(Demo.STAFF, () -> verdicts.countFlagged());
        assertThat(flagged).isPositive();

        acting.run(
                Demo.STAFF,
                () -> answers.addCommitment(
                        q.questionId(),
                        "We will publish the place too.",
                        LocalDate.now().plusDays(30)));
        assertThat(acting.as(Demo.STAFF, () -> verdicts.desk(VerdictFilter.FLAGGED)))
                .extracting(DeskVerdict::questionId)
                .as("a commitment is a reply")
                .doesNotContain(q.questionId());
        assertThat(acting.as(Demo.STAFF, () -> verdicts.countFlagged())).isEqualTo(flagged - 1);

        assertThatThrownBy(() -> acting.as(Demo.RESIDENT, () -> verdicts.desk(VerdictFilter.ALL)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> acting.as(Demo.MODERATOR, () -> verdicts.desk(VerdictFilter.ALL)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(acting.as(Demo.ADMIN, () -> verdicts.desk(VerdictFilter.ALL)))
                .extracting(DeskVerdict::questionId)
                .contains(q.questionId());
    }

    @Test
    void staff_of_another_programme_do_not_see_its_verdicts() {
        var q = answeredQuestion("CLOSED");
        acting.run(q.asker(), () -> verdicts.rate(q.questionId(), VerdictRating.NOT_SATISFIED, null));
        jdbc.sql("DELETE FROM programme_staff WHERE dialogue_id = ?")
                .param(q.programme().dialogueId())
                .update();
        assertThat(acting.as(Demo.STAFF, () -> verdicts.desk(VerdictFilter.ALL)))
                .extracting(DeskVerdict::questionId)
                .doesNotContain(q.questionId());
    }
}
