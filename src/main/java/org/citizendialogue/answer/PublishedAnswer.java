package org.citizendialogue.answer;

import java.time.Instant;

/** A published answer with its attribution, as the public sees it. */
public record PublishedAnswer(long id, long questionId, String body, String bureauName, String authorTitle,
        Instant publishedAt, Instant updatedAt) {

    public boolean edited() {
        return updatedAt != null && publishedAt != null && updatedAt.isAfter(publishedAt);
    }
}
