package org.citizendialogue.submission;

import java.time.Instant;

/**
 * A pending submission in the moderation queue; the version guards against double decisions.
 * originalBody is the author's text before a moderator's redaction (null when not redacted);
 * it is for moderators only. heldPhrase is the blocked phrase (action HOLD) the text contains,
 * shown to moderators as a flag; null when none.
 */
public record QueueItem(
        long id,
        int version,
        SubmissionKind kind,
        long topicId,
        Long questionId,
        String authorName,
        String body,
        Instant submittedAt,
        String questionBody,
        String originalBody,
        String heldPhrase) {}
