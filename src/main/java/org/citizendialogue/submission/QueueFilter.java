package org.citizendialogue.submission;

import java.time.Duration;

/**
 * What the moderation queue shows: pending submissions of one programme, one topic of it, one
 * kind, and older than an age; every part is optional (null means any).
 */
public record QueueFilter(Long dialogueId, Long topicId, SubmissionKind kind, Duration olderThan) {

    public static final QueueFilter ALL = new QueueFilter(null, null, null, null);

    /**
     * Whether an item that has just arrived belongs on a page showing this filter: the rule the
     * queue's query applies (SubmissionQueries), for one item in memory. A new item is never older
     * than an age, so an age filter admits none until the page is read again.
     */
    public boolean admits(QueueItem item, Long itemDialogueId) {
        return (topicId == null || topicId == item.topicId())
                && (dialogueId == null || dialogueId.equals(itemDialogueId))
                && (kind == null || kind == item.kind())
                && olderThan == null;
    }

    public boolean isAll() {
        return dialogueId == null && topicId == null && kind == null && olderThan == null;
    }
}
