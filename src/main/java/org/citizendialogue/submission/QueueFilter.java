package org.citizendialogue.submission;

import java.time.Duration;

/**
 * What the moderation queue shows: pending submissions of one programme, one topic of it, one
 * kind, and older than an age; every part is optional (null means any).
 */
public record QueueFilter(Long dialogueId, Long topicId, SubmissionKind kind, Duration olderThan) {

    public static final QueueFilter ALL = new QueueFilter(null, null, null, null);

    public boolean isAll() {
        return dialogueId == null && topicId == null && kind == null && olderThan == null;
    }
}
