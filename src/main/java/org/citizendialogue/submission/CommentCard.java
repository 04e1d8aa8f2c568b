package org.citizendialogue.submission;

import java.time.Instant;

/** A published comment, on a question or (with no question id) on the topic; edited: redacted by moderation. */
public record CommentCard(
        long id, Long questionId, String authorName, String body, Instant submittedAt, boolean edited) {}
