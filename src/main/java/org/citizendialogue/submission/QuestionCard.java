package org.citizendialogue.submission;

import java.time.Instant;

/** A published question as the public lists show it; edited: the text was redacted by moderation. */
public record QuestionCard(
        long id,
        long dialogueId,
        long topicId,
        String authorName,
        String body,
        Instant submittedAt,
        Instant answeredAt,
        int commentCount,
        int voteCount,
        boolean edited) {

    public boolean answered() {
        return answeredAt != null;
    }
}
