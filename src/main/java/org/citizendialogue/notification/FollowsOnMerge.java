package org.citizendialogue.notification;

import org.citizendialogue.submission.SubmissionEvents;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Followers of a merged question follow the question it was merged into. This runs inside the
 * merging transaction (not after commit), so a merge and its follows move together or not at all.
 */
@Component
class FollowsOnMerge {

    private final NoticeStore store;

    FollowsOnMerge(NoticeStore store) {
        this.store = store;
    }

    @EventListener
    void on(SubmissionEvents.Merged event) {
        store.moveQuestionFollows(event.submissionId(), event.originalId());
    }
}
