package org.citizendialogue.submission;

import java.time.Instant;

/**
 * A published question as open data, search and statistics read it: when it was asked,
 * published (the moderator's decision) and answered. {@code votes} is 0 until questions can be
 * voted on; the one query that fills it is {@link PublishedSubmissions}.
 */
public record PublishedQuestion(
        long id,
        long dialogueId,
        long topicId,
        String authorName,
        String body,
        Instant submittedAt,
        Instant publishedAt,
        Instant answeredAt,
        int commentCount,
        int votes) {

    public boolean answered() {
        return answeredAt != null;
    }
}
