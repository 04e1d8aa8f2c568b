package org.citizendialogue.submission;

import java.time.Instant;

/** A published question as the public lists show it. */
public record QuestionCard(long id, long dialogueId, long topicId, String authorName, String body,
        Instant submittedAt, Instant answeredAt, int commentCount, int voteCount) {

    public boolean answered() {
        return answeredAt != null;
    }
}
