package org.citizendialogue.submission;

import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The door of the moderation queue's live feed (decision 032): a submission that has just arrived,
 * as the queue shows it, read once per node after the commit. The feed runs on the committing
 * thread (as the resident who asked) or on the cross-node bus's thread (as nobody), so this read
 * takes no role; its one use is the queue's live channel, which only the moderators' queue page
 * subscribes to. Everything a person calls is on {@link SubmissionModeration}.
 */
@Service
public class QueueArrivals {

    private final SubmissionQueries queries;

    QueueArrivals(SubmissionQueries queries) {
        this.queries = queries;
    }

    /** The arrived submission as a queue item, while it is still pending. */
    @Transactional(readOnly = true)
    public Optional<QueueItem> arrived(long submissionId) {
        return queries.pendingItem(submissionId);
    }
}
