package org.citizendialogue.moderation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.citizendialogue.answer.AnswerDesk;
import org.citizendialogue.answer.AnswerForm;
import org.citizendialogue.answer.AnswerModeration;
import org.citizendialogue.answer.AnswerReviewItem;
import org.citizendialogue.answer.PublishedAnswers;
import org.citizendialogue.audit.AuditEntry;
import org.citizendialogue.audit.AuditLog;
import org.citizendialogue.report.ReportReason;
import org.citizendialogue.search.HitKind;
import org.citizendialogue.search.SearchQuery;
import org.citizendialogue.search.SearchService;
import org.citizendialogue.shared.DomainException;
import org.citizendialogue.shared.NotFoundException;
import org.citizendialogue.support.Acting;
import org.citizendialogue.support.Demo;
import org.citizendialogue.support.IntegrationTest;
import org.citizendialogue.support.Residents;
import org.citizendialogue.support.Words;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

/**
 * Residents' reports on official answers, on the real MariaDB: the third distinct reporter flags
 * the answer for urgent review without hiding it; a moderator hides it (gone from every public
 * reader) and restores it; residents and staff cannot.
 */
@IntegrationTest
class AnswerReportTest {

    @Autowired
    AnswerModeration moderation;

    @Autowired
    AnswerDesk answers;

    @Autowired
    PublishedAnswers published;

    @Autowired
    SearchService search;

    @Autowired
    AuditLog audit;

    @Autowired
    Acting acting;

    @Autowired
    Residents residents;

    private record Answered(long questionId, long answerId, String word) {}

    private Answered answered() {
        var word = Words.unique();
        long question = residents.publishedQuestion(Demo.TOPIC_ID, "How many 5G base stations are planned?");
        var draft = acting.as(
                Demo.STAFF, () -> answers.publish(question, AnswerForm.answered("We plan more, " + word + "."), null));
        return new Answered(question, draft.answerId(), word);
    }

    private boolean isPublic(Answered a) {
        var forPage = published.forQuestions(Set.of(a.questionId())).containsKey(a.questionId());
        var forReaders = published.forQuestions(Set.of(a.questionId())).containsKey(a.questionId());
        var found = search.search(SearchQuery.of(a.word())).stream()
                .anyMatch(h -> h.kind() == HitKind.ANSWER && h.id() == a.answerId());
        var revisions = !published.revisionsOf(a.answerId()).isEmpty();
        assertThat(new HashSet<>(List.of(forPage, forReaders, found, revisions)))
                .as("all public readers agree")
                .hasSize(1);
        return forPage;
    }

    private AnswerReviewItem reviewItem(long answerId) {
        return acting.as(Demo.MODERATOR, () -> moderation.reviewItems(0, 100)).stream()
                .filter(i -> i.id() == answerId)
                .findFirst()
                .orElseThrow();
    }

    private void report(String resident, long answerId) {
        acting.run(resident, () -> moderation.report(answerId, ReportReason.OFF_TOPIC, "Does not answer it"));
    }

    @Test
    void the_third_distinct_reporter_flags_the_answer_for_urgent_review_without_hiding_it() {
        var a = answered();
        assertThat(isPublic(a)).isTrue();
        var first = residents.register();
        report(first, a.answerId());
        assertThatThrownBy(() -> report(first, a.answerId()))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("report.error.twice");
        report(residents.register(), a.answerId());
        assertThat(reviewItem(a.answerId()).flagged()).isFalse();
        assertThat(reviewItem(a.answerId()).openReports()).isEqualTo(2);

        report(residents.register(), a.answerId());

        var item = reviewItem(a.answerId());
        assertThat(item.flagged()).isTrue();
        assertThat(item.openReports()).isEqualTo(3);
        assertThat(item.reasons()).isEqualTo("OFF_TOPIC");
        assertThat(isPublic(a))
                .as("an official answer is flagged, not hidden, by reports")
                .isTrue();
        assertThat(acting.as(Demo.MODERATOR, () -> audit.trailOf("ANSWER", a.answerId())))
                .extracting(AuditEntry::action)
                .containsOnlyOnce("ANSWER_FLAGGED");
    }

    @Test
    void a_moderator_hides_an_answer_from_every_public_reader_and_restores_it_with_the_audit_kept() {
        var a = answered();
        report(residents.register(), a.answerId());

        acting.run(Demo.MODERATOR, () -> moderation.hide(a.answerId(), "Contains a private phone number"));
        assertThat(isPublic(a)).isFalse();
        var hidden = reviewItem(a.answerId());
        assertThat(hidden.hidden()).isTrue();
        assertThat(hidden.openReports()).isZero();
        assertThat(hidden.hiddenReason()).isEqualTo("Contains a private phone number");
        assertThatThrownBy(() -> report(residents.register(), a.answerId())).isInstanceOf(NotFoundException.class);

        acting.run(Demo.MODERATOR, () -> moderation.restore(a.answerId()));
        assertThat(isPublic(a)).isTrue();
        assertThat(acting.as(Demo.MODERATOR, () -> moderation.reviewItems(0, 100)))
                .extracting(AnswerReviewItem::id)
                .doesNotContain(a.answerId());
        assertThat(acting.as(Demo.MODERATOR, () -> audit.trailOf("ANSWER", a.answerId())))
                .extracting(AuditEntry::action)
                .contains("ANSWER_HIDDEN", "ANSWER_RESTORED");
    }

    @Test
    void dismissed_reports_leave_the_review_and_the_answer_public() {
        var a = answered();
        report(residents.register(), a.answerId());
        acting.run(Demo.MODERATOR, () -> moderation.dismissReports(a.answerId()));
        assertThat(acting.as(Demo.MODERATOR, () -> moderation.reviewItems(0, 100)))
                .extracting(AnswerReviewItem::id)
                .doesNotContain(a.answerId());
        assertThat(isPublic(a)).isTrue();
    }

    @Test
    void residents_staff_and_visitors_cannot_act_as_moderators_and_reports_need_a_reason() {
        var a = answered();
        var resident = residents.register();
        assertThatThrownBy(() -> acting.run(resident, () -> moderation.hide(a.answerId(), "no")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> acting.run(resident, () -> moderation.reviewItems(0, 10)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> acting.run(Demo.STAFF, () -> moderation.hide(a.answerId(), "no")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> moderation.report(a.answerId(), ReportReason.SPAM, null))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> acting.run(resident, () -> moderation.report(a.answerId(), null, "x")))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("validation.required");
        assertThat(isPublic(a)).isTrue();
    }
}
