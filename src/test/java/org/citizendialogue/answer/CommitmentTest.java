package org.citizendialogue.answer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;

import org.citizendialogue.shared.DomainException;
import org.junit.jupiter.api.Test;

/** A follow-up commitment on its own: it needs a due date, and a change of status says whether anything changed. */
class CommitmentTest {

    private static final Instant NOW = Instant.parse("2026-06-01T02:00:00Z");

    @Test
    void a_commitment_starts_open_and_needs_a_due_date() {
        var commitment = Commitment.of(1, 2, "Publish the list of centres", LocalDate.of(2026, 9, 30), NOW);
        assertThat(commitment.status()).isEqualTo(CommitmentStatus.OPEN);
        assertThat(commitment.answerId()).isEqualTo(1);
        assertThat(commitment.questionId()).isEqualTo(2);
        assertThatThrownBy(() -> Commitment.of(1, 2, "No date", null, NOW))
                .isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).field())
                .isEqualTo("due");
    }

    @Test
    void a_change_of_status_says_whether_there_is_anything_to_tell() {
        var commitment = Commitment.of(1, 2, "Publish the list of centres", LocalDate.of(2026, 9, 30), NOW);
        assertThat(commitment.changeStatus(CommitmentStatus.OPEN, NOW.plusSeconds(60)))
                .isFalse();
        assertThat(commitment.changeStatus(CommitmentStatus.DONE, NOW.plusSeconds(60)))
                .isTrue();
        assertThat(commitment.status()).isEqualTo(CommitmentStatus.DONE);
        assertThatThrownBy(() -> commitment.changeStatus(null, NOW))
                .isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).field())
                .isEqualTo("status");
    }
}
