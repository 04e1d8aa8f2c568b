package org.citizendialogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;

import org.citizendialogue.account.AccountService;
import org.citizendialogue.answer.AnswerDesk;
import org.citizendialogue.answer.AnswerForm;
import org.citizendialogue.answer.PublishedAnswers;
import org.citizendialogue.audit.AuditLog;
import org.citizendialogue.shared.DomainException;
import org.citizendialogue.submission.PublishedSubmissions;
import org.citizendialogue.submission.QuestionCard;
import org.citizendialogue.submission.QuestionSort;
import org.citizendialogue.submission.QueueFilter;
import org.citizendialogue.submission.RejectionReason;
import org.citizendialogue.submission.SubmissionModeration;
import org.citizendialogue.submission.SubmissionService;
import org.citizendialogue.submission.SubmissionStatus;
import org.citizendialogue.support.Acting;
import org.citizendialogue.support.Demo;
import org.citizendialogue.support.IntegrationTest;
import org.citizendialogue.support.Residents;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;

/** The core loop on the real (embedded) MariaDB, through the services and their security. */
@IntegrationTest
class LoopIntegrationTest {

    @Autowired
    Residents residents;

    @Autowired
    SubmissionService submissions;

    @Autowired
    PublishedSubmissions published;

    @Autowired
    SubmissionModeration moderation;

    @Autowired
    AnswerDesk answers;

    @Autowired
    PublishedAnswers publishedAnswers;

    @Autowired
    AccountService accounts;

    @Autowired
    AuditLog audit;

    @Autowired
    Acting acting;

    private String newResident() {
        return residents.register("测试居民 " + System.nanoTime() % 1000);
    }

    private List<Long> publicIds() {
        return published.publishedQuestions(Demo.TOPIC_ID, QuestionSort.NEWEST, 0, 100).stream()
                .map(QuestionCard::id)
                .toList();
    }

    private int versionOf(long id) {
        return residents.pendingVersion(id);
    }

    @Test
    void asked_question_is_pending_until_approved_then_answered_in_public() {
        var resident = newResident();
        long id = acting.as(resident, () -> submissions.ask(Demo.TOPIC_ID, "When will the 5G coverage reach Huairou?"));

        assertThat(publicIds()).doesNotContain(id);
        assertThat(published.publishedQuestion(id)).isEmpty();
        assertThat(acting.as(resident, () -> submissions.mine(0, 10)))
                .first()
                .satisfies(s -> assertThat(s.status()).isEqualTo(SubmissionStatus.PENDING));

        acting.run(Demo.MODERATOR, () -> moderation.approve(id, versionOf(id)));
        assertThat(publicIds()).contains(id);
        assertThat(publishedAnswers.forQuestions(Set.of(id))).isEmpty();

        acting.run(
                Demo.STAFF,
                () -> answers.saveDraft(id, AnswerForm.answered("Draft: we are checking with the operators."), null));
        assertThat(publishedAnswers.forQuestions(Set.of(id)))
                .as("a draft is never public")
                .isEmpty();
        var draft = acting.as(Demo.STAFF, () -> answers.editorFor(id));
        acting.run(
                Demo.STAFF,
                () -> answers.publish(
                        id,
                        AnswerForm.answered("75,000 5G base stations cover the Fifth Ring Road; Huairou follows."),
                        draft.version()));

        var answer = publishedAnswers.forQuestions(Set.of(id)).get(id);
        assertThat(answer.bureauName()).isEqualTo(Demo.BUREAU);
        assertThat(answer.authorTitle()).startsWith("Spokesperson");
        assertThat(answer.publishedAt()).isNotNull();
        assertThat(published.publishedQuestion(id))
                .get()
                .satisfies(q -> assertThat(q.answered()).isTrue());
        assertThat(acting.as(Demo.STAFF, () -> answers.desk(0, 100)))
                .extracting(QuestionCard::id)
                .doesNotContain(id);

        var trail = acting.as(Demo.MODERATOR, () -> audit.trailOf("SUBMISSION", id));
        assertThat(trail).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo("SUBMISSION_APPROVED");
            assertThat(e.beforeState()).isEqualTo("PENDING");
            assertThat(e.afterState()).isEqualTo("PUBLISHED");
            assertThat(e.actorName()).isEqualTo("Wang Fang");
        });
    }

    @Test
    void chinese_text_emoji_and_supplementary_characters_round_trip() {
        var resident = newResident();
        var text = "请问自动驾驶示范区什么时候扩展到亦庄以外？🚗 𠀀𠀁 — ok";
        long id = acting.as(resident, () -> submissions.ask(Demo.TOPIC_ID, text));
        acting.run(Demo.MODERATOR, () -> moderation.approve(id, versionOf(id)));
        assertThat(published.publishedQuestion(id))
                .get()
                .extracting(QuestionCard::body)
                .isEqualTo(text);
        assertThat(published.publishedQuestion(id))
                .get()
                .extracting(QuestionCard::authorName)
                .asString()
                .startsWith("测试居民");
    }

    @Test
    void text_at_the_limit_in_code_points_is_kept_and_over_it_refused() {
        var resident = newResident();
        var atLimit = "𠀀".repeat(SubmissionService.BODY_MAX);
        long id = acting.as(resident, () -> submissions.ask(Demo.TOPIC_ID, atLimit));
        assertThat(acting.as(resident, () -> submissions.mine(0, 1)))
                .first()
                .satisfies(s -> assertThat(s.body())
                        .isEqualTo(atLimit)
                        .satisfies(b -> assertThat(s.id()).isEqualTo(id)));
        assertThatThrownBy(() -> acting.as(resident, () -> submissions.ask(Demo.TOPIC_ID, atLimit + "!")))
                .isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> acting.as(resident, () -> submissions.ask(Demo.TOPIC_ID, "   ")))
                .isInstanceOf(DomainException.class);
    }

    @Test
    void second_moderator_deciding_the_same_item_is_refused_and_nothing_is_decided_twice() {
        var resident = newResident();
        long id = acting.as(resident, () -> submissions.ask(Demo.TOPIC_ID, "Question for two moderators"));
        int seen = versionOf(id);
        acting.run(Demo.MODERATOR, () -> moderation.approve(id, seen));
        assertThatThrownBy(
                        () -> acting.run(Demo.MODERATOR, () -> moderation.reject(id, seen, RejectionReason.SPAM, null)))
                .isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(publicIds()).contains(id);
        assertThat(acting.as(Demo.MODERATOR, () -> audit.trailOf("SUBMISSION", id)))
                .hasSize(1);
    }

    @Test
    void rejection_reason_reaches_the_author_and_the_text_stays_private() {
        var resident = newResident();
        long id = acting.as(resident, () -> submissions.ask(Demo.TOPIC_ID, "Call me on 138 0013 8000"));
        acting.run(Demo.MODERATOR, () -> moderation.reject(id, versionOf(id), RejectionReason.PERSONAL_DATA, "phone"));
        assertThat(publicIds()).doesNotContain(id);
        assertThat(acting.as(resident, () -> submissions.mine(0, 1))).first().satisfies(s -> {
            assertThat(s.status()).isEqualTo(SubmissionStatus.REJECTED);
            assertThat(s.rejectionReason()).isEqualTo(RejectionReason.PERSONAL_DATA);
        });
    }

    @Test
    void residents_and_visitors_cannot_call_moderator_or_staff_methods() {
        var resident = newResident();
        long id = acting.as(resident, () -> submissions.ask(Demo.TOPIC_ID, "A resident tries to approve this"));
        assertThatThrownBy(() -> acting.run(resident, () -> moderation.approve(id, 0)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> acting.run(resident, () -> moderation.pending(QueueFilter.ALL, 0, 10)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(
                        () -> acting.run(resident, () -> answers.publish(id, AnswerForm.answered("self-answer"), null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> acting.run(Demo.MODERATOR, () -> answers.desk(0, 10)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> submissions.ask(Demo.TOPIC_ID, "anonymous question"))
                .isInstanceOfAny(AccessDeniedException.class, AuthenticationException.class);
        assertThat(acting.as(Demo.MODERATOR, () -> moderation.pending(QueueFilter.ALL, 0, 100)))
                .anyMatch(i -> i.id() == id);
    }

    @Test
    void only_the_author_withdraws_a_pending_submission() {
        var author = newResident();
        var other = newResident();
        long id = acting.as(author, () -> submissions.ask(Demo.TOPIC_ID, "I may take this back"));
        assertThatThrownBy(() -> acting.run(other, () -> submissions.withdraw(id)))
                .isInstanceOf(AccessDeniedException.class);
        acting.run(author, () -> submissions.withdraw(id));
        assertThat(acting.as(Demo.MODERATOR, () -> moderation.pending(QueueFilter.ALL, 0, 100)))
                .noneMatch(i -> i.id() == id);
    }

    @Test
    void comments_need_a_published_question_of_the_same_topic() {
        var resident = newResident();
        long pending = acting.as(resident, () -> submissions.ask(Demo.TOPIC_ID, "Not yet public"));
        assertThatThrownBy(() -> acting.run(resident, () -> submissions.comment(Demo.TOPIC_ID, pending, "me too")))
                .isInstanceOf(DomainException.class);
        acting.run(Demo.MODERATOR, () -> moderation.approve(pending, versionOf(pending)));
        assertThatThrownBy(() ->
                        acting.run(resident, () -> submissions.comment(Demo.TOPIC_ID + 1, pending, "wrong topic")))
                .isInstanceOf(DomainException.class);
        long comment = acting.as(resident, () -> submissions.comment(Demo.TOPIC_ID, pending, "我也想知道"));
        assertThat(published.publishedComments(Set.of(pending))).doesNotContainKey(pending);
        acting.run(Demo.MODERATOR, () -> moderation.approve(comment, versionOf(comment)));
        assertThat(published.publishedComments(Set.of(pending)).get(pending))
                .singleElement()
                .satisfies(c -> assertThat(c.body()).isEqualTo("我也想知道"));
    }

    @Test
    void two_staff_saving_one_answer_the_second_is_told() {
        var resident = newResident();
        long id = acting.as(resident, () -> submissions.ask(Demo.TOPIC_ID, "Two officials answer me"));
        acting.run(Demo.MODERATOR, () -> moderation.approve(id, versionOf(id)));
        var first = acting.as(Demo.STAFF, () -> answers.saveDraft(id, AnswerForm.answered("first draft"), null));
        acting.run(Demo.STAFF, () -> answers.saveDraft(id, AnswerForm.answered("second draft"), first.version()));
        assertThatThrownBy(() -> acting.run(
                        Demo.STAFF, () -> answers.saveDraft(id, AnswerForm.answered("stale draft"), first.version())))
                .isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(acting.as(Demo.STAFF, () -> answers.editorFor(id)).body()).isEqualTo("second draft");
    }
}
