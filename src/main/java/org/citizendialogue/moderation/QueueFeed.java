package org.citizendialogue.moderation;

import org.citizendialogue.answer.AnswerEvents;
import org.citizendialogue.shared.cluster.OnEveryNode;
import org.citizendialogue.shared.live.Channels;
import org.citizendialogue.shared.live.CountChanged;
import org.citizendialogue.shared.live.LiveUpdates;
import org.citizendialogue.submission.PublishedSubmissions;
import org.citizendialogue.submission.QueueItem;
import org.citizendialogue.submission.SubmissionEvents;
import org.springframework.stereotype.Component;

/** Keeps every open moderation queue and the moderators' pending count live, after commit. */
@Component
public class QueueFeed {

    /** A new item for the queue. */
    public record Arrived(QueueItem item) {}

    /**
     * A new item that arrived on another node (decision 026): each open queue reads it, as its
     * moderator, since only moderators may read pending submissions.
     */
    public record ArrivedElsewhere(long submissionId) {}

    /** An item left the queue: decided by someone, or withdrawn by its author. */
    public record Left(long submissionId) {}

    /** The reported and hidden content under review changed: a report arrived, or content was hidden or restored. */
    public record ReviewChanged(long submissionId) {}

    /** The reported and hidden official answers changed: a report arrived, or an answer was hidden or restored. */
    public record AnswerReviewChanged(long answerId) {}

    private final LiveUpdates live;
    private final PublishedSubmissions submissions;

    QueueFeed(LiveUpdates live, PublishedSubmissions submissions) {
        this.live = live;
        this.submissions = submissions;
    }

    @OnEveryNode
    void on(SubmissionEvents.Received event) {
        live.publish(
                Channels.MODERATION,
                event.item() != null ? new Arrived(event.item()) : new ArrivedElsewhere(event.submissionId()));
        countChanged();
    }

    @OnEveryNode
    void on(SubmissionEvents.Published event) {
        left(event.submissionId());
    }

    @OnEveryNode
    void on(SubmissionEvents.Rejected event) {
        left(event.submissionId());
    }

    @OnEveryNode
    void on(SubmissionEvents.Withdrawn event) {
        left(event.submissionId());
    }

    @OnEveryNode
    void on(SubmissionEvents.Merged event) {
        if (event.wasPending()) {
            left(event.submissionId());
        } else {
            live.publish(Channels.MODERATION, new ReviewChanged(event.submissionId()));
        }
    }

    @OnEveryNode
    void on(QueueService.ClaimChanged event) {
        live.publish(Channels.MODERATION, event);
    }

    @OnEveryNode
    void on(SubmissionEvents.ReportsChanged event) {
        live.publish(Channels.MODERATION, new ReviewChanged(event.submissionId()));
    }

    @OnEveryNode
    void on(SubmissionEvents.Hidden event) {
        live.publish(Channels.MODERATION, new ReviewChanged(event.submissionId()));
    }

    @OnEveryNode
    void on(SubmissionEvents.Restored event) {
        live.publish(Channels.MODERATION, new ReviewChanged(event.submissionId()));
    }

    @OnEveryNode
    void on(AnswerEvents.Reported event) {
        live.publish(Channels.MODERATION, new AnswerReviewChanged(event.answerId()));
    }

    @OnEveryNode
    void on(AnswerEvents.Hidden event) {
        live.publish(Channels.MODERATION, new AnswerReviewChanged(event.answerId()));
    }

    private void left(long submissionId) {
        live.publish(Channels.MODERATION, new Left(submissionId));
        countChanged();
    }

    private void countChanged() {
        var item = PendingCounter.ITEM_ID;
        if (live.subscribers(Channels.navigation(item)) > 0) {
            live.publish(Channels.navigation(item), new CountChanged(item, submissions.countPending()));
        }
    }
}
