package org.citizendialogue.dialogue;

import java.time.Instant;

import org.citizendialogue.shared.DomainException;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** A programme and its lifecycle; its topics are aggregates of their own, referenced by id. */
@Table("dialogue")
class Dialogue {

    @Id
    private Long id;
    @Version
    private Integer version;
    private String slug;
    private String title;
    private String summary;
    private String guestName;
    private String guestTitle;
    private long bureauId;
    private DialogueStatus status;
    private Instant startsAt;
    private String livestreamUrl;
    private Instant createdAt;

    @PersistenceCreator
    Dialogue() {
    }

    /**
     * Moves the programme on: DRAFT → OPEN → LIVE → CLOSED → ARCHIVED, an open programme may
     * also close without going live, and a live one may go back to open (a broadcast that was
     * interrupted). Going live needs at least one topic.
     */
    void moveTo(DialogueStatus target, int topicCount) {
        if (!status.canMoveTo(target)) {
            throw new DomainException("programme.error.transition");
        }
        if (target == DialogueStatus.LIVE && topicCount == 0) {
            throw new DomainException("programme.error.no-topics");
        }
        status = target;
    }

    Long id() {
        return id;
    }

    DialogueStatus status() {
        return status;
    }

    String slug() {
        return slug;
    }
}
