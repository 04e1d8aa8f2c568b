package org.citizendialogue.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.citizendialogue.shared.DomainException;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;

class SubmissionTest {

    private static final Instant NOW = Instant.parse("2026-01-15T02:00:00Z");

    private static Submission question() {
        return Submission.question(1, 2, 10, "Li Na", "How many 5G base stations?", NOW);
    }

    @Test
    void a_new_question_waits_for_moderation() {
        assertThat(question().status()).isEqualTo(SubmissionStatus.PENDING);
    }

    @Test
    void approving_publishes() {
        var q = question();
        q.publish(99, NOW.plusSeconds(60));
        assertThat(q.status()).isEqualTo(SubmissionStatus.PUBLISHED);
        assertThat(q.isPublishedQuestion()).isTrue();
    }

    @Test
    void rejecting_keeps_the_reason() {
        var q = question();
        q.reject(99, RejectionReason.PERSONAL_DATA, "phone number", NOW);
        assertThat(q.status()).isEqualTo(SubmissionStatus.REJECTED);
        assertThat(q.rejectionReason()).isEqualTo(RejectionReason.PERSONAL_DATA);
    }

    @Test
    void rejecting_needs_a_reason() {
        assertThatThrownBy(() -> question().reject(99, null, null, NOW)).isInstanceOf(DomainException.class);
    }

    @Test
    void a_decided_submission_cannot_be_decided_again() {
        var q = question();
        q.publish(99, NOW);
        assertThatThrownBy(() -> q.publish(98, NOW))
                .isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).messageKey())
                .isEqualTo("error.already-decided");
        assertThatThrownBy(() -> q.reject(98, RejectionReason.SPAM, null, NOW)).isInstanceOf(DomainException.class);
    }

    @Test
    void only_the_author_withdraws_and_only_while_pending() {
        var q = question();
        assertThatThrownBy(() -> q.withdraw(11)).isInstanceOf(AccessDeniedException.class);
        q.withdraw(10);
        assertThat(q.status()).isEqualTo(SubmissionStatus.WITHDRAWN);
        assertThatThrownBy(() -> q.publish(99, NOW)).isInstanceOf(DomainException.class);
    }

    @Test
    void only_a_published_question_can_be_answered_and_the_first_time_stays() {
        var q = question();
        assertThatThrownBy(() -> q.markAnswered(NOW)).isInstanceOf(DomainException.class);
        q.publish(99, NOW);
        q.markAnswered(NOW.plusSeconds(10));
        q.markAnswered(NOW.plusSeconds(20));
        assertThat(q.answeredAt()).isEqualTo(NOW.plusSeconds(10));
        var comment = Submission.comment(1, 2, 5L, 10, "Li Na", "Agreed", NOW);
        comment.publish(99, NOW);
        assertThatThrownBy(() -> comment.markAnswered(NOW)).isInstanceOf(DomainException.class);
    }

    @Test
    void only_published_content_is_hidden_and_only_hidden_content_is_restored() {
        var q = question();
        assertThatThrownBy(() -> q.hide("why", NOW)).isInstanceOf(DomainException.class);
        q.publish(99, NOW);
        assertThatThrownBy(q::restore).isInstanceOf(DomainException.class);
        q.hide("insults", NOW);
        assertThat(q.status()).isEqualTo(SubmissionStatus.HIDDEN);
        assertThat(q.isPublishedQuestion()).isFalse();
        assertThatThrownBy(() -> q.hide("again", NOW)).isInstanceOf(DomainException.class);
        q.restore();
        assertThat(q.status()).isEqualTo(SubmissionStatus.PUBLISHED);
        q.hideAfterReports(NOW);
        assertThat(q.hiddenByReports()).isTrue();
    }

    @Test
    void redaction_keeps_the_first_original_and_only_while_pending() {
        var q = question();
        q.redact("How many [removed]?");
        q.redact("How many base stations?");
        assertThat(q.body()).isEqualTo("How many base stations?");
        assertThat(q.originalBody()).isEqualTo("How many 5G base stations?");
        q.publish(99, NOW);
        assertThatThrownBy(() -> q.redact("later")).isInstanceOf(DomainException.class);
    }
}
