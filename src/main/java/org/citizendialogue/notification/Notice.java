package org.citizendialogue.notification;

import java.time.Instant;

/**
 * One notice of a person. {@code excerpt} is the start of the submission it is about (user
 * text: shown escaped); {@code detail} is a message key or value that completes the text: the
 * rejection reason's key, the department, the promised date, the commitment's status.
 */
public record Notice(
        long id, NoticeKind kind, Long questionId, String excerpt, String detail, Instant createdAt, Instant readAt) {

    public boolean unread() {
        return readAt == null;
    }
}
