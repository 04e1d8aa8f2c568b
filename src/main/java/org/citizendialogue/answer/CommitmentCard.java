package org.citizendialogue.answer;

import java.time.Instant;
import java.time.LocalDate;

/** A follow-up commitment of an answer, as staff and the public see it. */
public record CommitmentCard(
        long id,
        int version,
        long answerId,
        long questionId,
        String body,
        LocalDate dueDate,
        CommitmentStatus status,
        Instant updatedAt) {

    /** The status to show: an open commitment past its due date shows as overdue. */
    public CommitmentStatus shown(LocalDate today) {
        return status == CommitmentStatus.OPEN && dueDate.isBefore(today) ? CommitmentStatus.OVERDUE : status;
    }
}
