package org.citizendialogue.submission;

import java.time.Instant;

/** A pending submission in the moderation queue; the version guards against double decisions. */
public record QueueItem(long id, int version, SubmissionKind kind, long topicId, Long questionId, String authorName,
        String body, Instant submittedAt, String questionBody) {
}
