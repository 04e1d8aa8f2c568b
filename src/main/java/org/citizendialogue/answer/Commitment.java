package org.citizendialogue.answer;

import java.time.Instant;
import java.time.LocalDate;

import org.citizendialogue.shared.DomainException;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** A follow-up commitment an answer makes, with a due date and a status staff keep up to date. */
@Table("commitment")
class Commitment {

    static final int BODY_MAX = 500;

    @Id
    private Long id;

    @Version
    private Integer version;

    private long answerId;
    private long questionId;
    private String body;
    private LocalDate dueDate;
    private CommitmentStatus status;
    private Instant createdAt;
    private Instant updatedAt;

    @PersistenceCreator
    Commitment() {}

    static Commitment of(long answerId, long questionId, String body, LocalDate dueDate, Instant now) {
        if (dueDate == null) {
            throw DomainException.atField("due", "validation.required");
        }
        var c = new Commitment();
        c.answerId = answerId;
        c.questionId = questionId;
        c.body = body;
        c.dueDate = dueDate;
        c.status = CommitmentStatus.OPEN;
        c.createdAt = now;
        c.updatedAt = now;
        return c;
    }

    /** Changes the status; returns false when it already was that status (nothing to tell anyone). */
    boolean changeStatus(CommitmentStatus to, Instant now) {
        if (to == null) {
            throw DomainException.atField("status", "validation.required");
        }
        if (to == status) {
            return false;
        }
        status = to;
        updatedAt = now;
        return true;
    }

    Long id() {
        return id;
    }

    int version() {
        return version;
    }

    long answerId() {
        return answerId;
    }

    long questionId() {
        return questionId;
    }

    CommitmentStatus status() {
        return status;
    }
}
