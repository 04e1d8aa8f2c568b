package org.citizendialogue.moderation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;

import org.citizendialogue.account.AccountService;
import org.citizendialogue.account.RegistrationDraft;
import org.citizendialogue.audit.AuditEntry;
import org.citizendialogue.audit.AuditLog;
import org.citizendialogue.notification.Notice;
import org.citizendialogue.notification.NoticeKind;
import org.citizendialogue.notification.NotificationService;
import org.citizendialogue.report.ReportReason;
import org.citizendialogue.search.SearchHit;
import org.citizendialogue.search.SearchQuery;
import org.citizendialogue.search.SearchService;
import org.citizendialogue.shared.DomainException;
import org.citizendialogue.submission.PublishedQuestion;
import org.citizendialogue.submission.PublishedSubmissions;
import org.citizendialogue.submission.QuestionCard;
import org.citizendialogue.submission.QuestionSort;
import org.citizendialogue.submission.RejectionReason;
import org.citizendialogue.submission.ReviewItem;
import org.citizendialogue.submission.SubmissionModeration;
import org.citizendialogue.submission.SubmissionService;
import org.citizendialogue.submission.SubmissionStatus;
import org.citizendialogue.support.Acting;
import org.citizendialogue.support.Demo;
import org.citizendialogue.support.Fixtures;
import org.citizendialogue.support.IntegrationTest;
import org.citizendialogue.support.Residents;
import org.citizendialogue.support.Words;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * Moderation after and before publication, on the real MariaDB: hiding and restoring, residents'
 * reports and their threshold, redaction, and the public transparency figures. Each test uses a
 * programme and residents of its own.
 */
@IntegrationTest
class ModerationToolsTest {

    @Autowired
    Residents residentsHelper;

    @Autowired
    SubmissionService submissions;

    @Autowired
    SubmissionModeration moderation;

    @Autowired
    PublishedSubmissions published;

    @Autowired
    SearchService search;

    @Autowired
    NotificationService notifications;

    @Autowired
    AuditLog audit;

    @Autowired
    AccountService accounts;

    @Autowired
    Acting acting;

    @Autowired
    Fixtures fixtures;

    private String newResident() {
        var email = "mod-" + System.nanoTime() + "@example.org";
        accounts.register(new RegistrationDraft(email, "Moderation Tester", "a long enough passphrase", true));
        residentsHelper.confirm(email);
        return email;
    }

    private int version(long id) {
        return acting.as(Demo.MODERATOR, () -> moderation.pendingItem(id))
                .orElseThrow()
                .version();
    }

    private boolean isPublic(long questionId, Fixtures.Programme p, String word) {
        var inTopic = published.publishedQuestions(p.topicId(), QuestionSort.NEWEST, 0, 100).stream()
                .anyMatch(q -> q.id() == questionId);
        var single = published.publishedQuestion(questionId).isPresent();
        var exported = published.questionsOf(p.dialogueId()).stream().anyMatch(q -> q.id() == questionId);
        var found = search.search(SearchQuery.of(word)).stream().anyMatch(h -> h.id() == questionId);
        var states = new HashSet<>(List.of(inTopic, single, exported, found));
        assertThat(states).as("all public readers agree").hasSize(1);
        return inTopic;
    }

    private ReviewItem reviewItem(long id) {
        return acting.as(Demo.MODERATOR, () -> moderation.reviewItems(0, 100)).stream()
                .filter(i -> i.id() == id)
                .findFirst()
                .orElseThrow();
    }

    @Test
    void hidden_question_leaves_every_public_query_and_comes_back_on_restore_with_author_told_and_audit_kept() {
        var p = fixtures.programme("OPEN");
        var author = newResident();
        var word = Words.unique();
        long id = residentsHelper.askAndApprove(author, p.topicId(), "Question about " + word + " in the district");
        assertThat(isPublic(id, p, word)).isTrue();

        acting.run(Demo.MODERATOR, () -> moderation.hide(id, "Insults a neighbour"));
        assertThat(isPublic(id, p, word)).isFalse();
        assertThat(acting.as(author, () -> submissions.mine(0, 1)).getFirst().status())
                .isEqualTo(SubmissionStatus.HIDDEN);
        assertThat(acting.as(author, () -> notifications.notices(20)))
                .extracting(Notice::kind)
                .contains(NoticeKind.HIDDEN);
        assertThat(reviewItem(id).status()).isEqualTo(SubmissionStatus.HIDDEN);

        acting.run(Demo.MODERATOR, () -> moderation.restore(id));
        assertThat(isPublic(id, p, word)).isTrue();
        assertThat(acting.as(Demo.MODERATOR, () -> audit.trailOf("SUBMISSION", id)))
                .extracting(AuditEntry::action)
                .contains("SUBMISSION_HIDDEN", "SUBMISSION_RESTORED");
    }

    @Test
    void hiding_a_question_takes_its_comments_out_of_search_too() {
        var p = fixtures.programme("OPEN");
        var word = Words.unique();
        long question = residentsHelper.askAndApprove(newResident(), p.topicId(), "A question on parking");
        long comment = acting.as(newResident(), () -> submissions.comment(p.topicId(), question, "Comment " + word));
        acting.run(Demo.MODERATOR, () -> moderation.approve(comment, version(comment)));
        assertThat(search.search(SearchQuery.of(word)))
                .extracting(SearchHit::id)
                .contains(comment);

        acting.run(Demo.MODERATOR, () -> moderation.hide(question, "Off topic"));
        assertThat(search.search(SearchQuery.of(word)))
                .extracting(SearchHit::id)
                .doesNotContain(comment);
    }

    @Test
    void the_third_distinct_reporter_hides_the_question_and_the_author_is_told() {
        var p = fixtures.programme("OPEN");
        var author = newResident();
        var word = Words.unique();
        long id = residentsHelper.askAndApprove(author, p.topicId(), "Reported question " + word);

        acting.run(newResident(), () -> submissions.report(id, ReportReason.SPAM, null));
        acting.run(newResident(), () -> submissions.report(id, ReportReason.ABUSE, "rude"));
        assertThat(isPublic(id, p, word)).isTrue();
        assertThat(reviewItem(id).openReports()).isEqualTo(2);

        acting.run(newResident(), () -> submissions.report(id, ReportReason.SPAM, null));
        assertThat(isPublic(id, p, word)).isFalse();
        var item = reviewItem(id);
        assertThat(item.hiddenByReports()).isTrue();
        assertThat(item.reasons()).isEqualTo("ABUSE,SPAM");
        assertThat(acting.as(author, () -> notifications.notices(20)))
                .extracting(Notice::kind)
                .contains(NoticeKind.HIDDEN);

        acting.run(Demo.MODERATOR, () -> moderation.dismissReports(id));
        assertThat(isPublic(id, p, word)).isTrue();
    }

    @Test
    void three_reports_by_one_reporter_do_not_hide() {
        var p = fixtures.programme("OPEN");
        var word = Words.unique();
        long id = residentsHelper.askAndApprove(newResident(), p.topicId(), "Question once reported " + word);
        var reporter = newResident();
        acting.run(reporter, () -> submissions.report(id, ReportReason.SPAM, null));
        for (int i = 0; i < 2; i++) {
            assertThatThrownBy(() -> acting.run(reporter, () -> submissions.report(id, ReportReason.OTHER, "again")))
                    .isInstanceOf(DomainException.class)
                    .extracting(e -> ((DomainException) e).messageKey())
                    .isEqualTo("report.error.twice");
        }
        assertThat(isPublic(id, p, word)).isTrue();
        assertThat(reviewItem(id).openReports()).isEqualTo(1);
    }

    @Test
    void a_resident_cannot_call_any_moderator_action() {
        var p = fixtures.programme("OPEN");
        var resident = newResident();
        long question = residentsHelper.askAndApprove(newResident(), p.topicId(), "Published question");
        long pending = residentsHelper.asks(newResident(), p.topicId(), "Pending question");
        int v = version(pending);
        for (Runnable call : new Runnable[] {
            () -> moderation.hide(question, "no"),
            () -> moderation.restore(question),
            () -> moderation.dismissReports(question),
            () -> moderation.reviewItems(0, 10),
            () -> moderation.redact(pending, v, "edited"),
            () -> moderation.approve(pending, v),
            () -> moderation.reject(pending, v, RejectionReason.SPAM, null)
        }) {
            assertThatThrownBy(() -> acting.run(resident, call)).isInstanceOf(AccessDeniedException.class);
        }
        assertThat(published.publishedQuestion(question)).isPresent();
    }

    @Test
    void redacted_text_is_published_marked_as_edited_and_the_original_stays_with_moderators_and_the_audit_only() {
        var p = fixtures.programme("OPEN");
        var author = newResident();
        var secret = Words.unique();
        var word = Words.unique();
        long id = residentsHelper.asks(author, p.topicId(), "Noise at night " + word + ", call me on " + secret);
        acting.run(
                Demo.MODERATOR,
                () -> moderation.redact(id, version(id), "Noise at night " + word + ", call me on [removed]"));
        assertThat(acting.as(Demo.MODERATOR, () -> moderation.pendingItem(id))
                        .orElseThrow()
                        .originalBody())
                .contains(secret);
        acting.run(Demo.MODERATOR, () -> moderation.approve(id, version(id)));

        QuestionCard card = published.publishedQuestion(id).orElseThrow();
        assertThat(card.body()).doesNotContain(secret).contains("[removed]");
        assertThat(card.edited()).isTrue();
        assertThat(published.publishedQuestions(p.topicId(), QuestionSort.NEWEST, 0, 10))
                .extracting(QuestionCard::body)
                .noneMatch(b -> b.contains(secret));
        assertThat(published.questionsOf(p.dialogueId()))
                .extracting(PublishedQuestion::body)
                .noneMatch(b -> b.contains(secret));
        assertThat(published.thread(id)).noneMatch(t -> t.body().contains(secret));
        assertThat(search.search(SearchQuery.of(secret))).isEmpty();
        assertThat(search.search(SearchQuery.of(word)))
                .extracting(SearchHit::id)
                .contains(id);
        assertThat(acting.as(author, () -> notifications.notices(20)))
                .noneMatch(n -> n.excerpt().contains(secret));
        assertThat(acting.as(Demo.MODERATOR, () -> audit.trailOf("SUBMISSION", id)))
                .anyMatch(e -> e.action().equals("SUBMISSION_REDACTED")
                        && e.beforeState().contains(secret));
    }

    @Test
    void transparency_counts_received_published_rejected_by_reason_hidden_after_reports_and_the_median() {
        var p = fixtures.programme("OPEN");
        long a = residentsHelper.askAndApprove(newResident(), p.topicId(), "First");
        residentsHelper.askAndApprove(newResident(), p.topicId(), "Second");
        long rejected = residentsHelper.asks(newResident(), p.topicId(), "Third");
        acting.run(Demo.MODERATOR, () -> moderation.reject(rejected, version(rejected), RejectionReason.SPAM, "ad"));
        residentsHelper.asks(newResident(), p.topicId(), "Still pending");
        for (int i = 0; i < 3; i++) {
            acting.run(newResident(), () -> submissions.report(a, ReportReason.ABUSE, null));
        }

        var t = published.transparency(p.dialogueId());
        assertThat(t.received()).isEqualTo(4);
        assertThat(t.published()).isEqualTo(1);
        assertThat(t.rejected()).isEqualTo(1);
        assertThat(t.rejectedByReason().get(RejectionReason.SPAM)).isEqualTo(1);
        assertThat(t.rejectedByReason().get(RejectionReason.OFF_TOPIC)).isZero();
        assertThat(t.hiddenAfterReports()).isEqualTo(1);
        assertThat(t.medianDecision()).isNotNull().isLessThan(Duration.ofMinutes(5));
    }
}
