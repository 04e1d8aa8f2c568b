package org.citizendialogue.moderation;

import java.util.Optional;
import java.util.Set;
import java.util.function.LongFunction;

import org.citizendialogue.answer.AnswerEvents;
import org.citizendialogue.programme.ProgrammeService;
import org.citizendialogue.programme.TopicContext;
import org.citizendialogue.shared.cluster.OnEveryNode;
import org.citizendialogue.shared.live.Channel;
import org.citizendialogue.shared.live.Channels;
import org.citizendialogue.shared.live.CountChanged;
import org.citizendialogue.shared.live.LiveUpdates;
import org.citizendialogue.submission.PublishedSubmissions;
import org.citizendialogue.submission.QueueArrivals;
import org.citizendialogue.submission.QueueItem;
import org.citizendialogue.submission.SubmissionEvents;
import org.springframework.stereotype.Component;

/**
 * Keeps every open moderation queue, the review of reported content and the moderators' pending
 * count live, after commit, on every node (decision 026). The events carry ids; what the pages
 * show is read here once per event and node, and only while a page listens, and every open page
 * applies that one prepared value without reading again (decision 032).
 */
@Component
public class QueueFeed {

    /** Updates of the moderation queue. */
    public sealed interface QueueUpdate permits Arrived, Left, QueueService.ClaimChanged {}

    /** Updates of the review of reported and hidden content. */
    public sealed interface ReviewUpdate permits ReviewChanged, AnswerReviewChanged {}

    /** The moderation queue's channel: items arriving and leaving, claims. */
    public static final Channel<QueueUpdate> QUEUE = Channel.of(QueueUpdate.class, Channels.QUEUE);

    /** The review's channel: the reported and hidden content and answers changed. */
    public static final Channel<ReviewUpdate> REVIEW = Channel.of(ReviewUpdate.class, Channels.REVIEW);

    /**
     * A new item for the queue, prepared once: the item, its topic (null if the topic is gone) and
     * how many submissions are pending now, so that an open queue reads nothing to show it.
     */
    public record Arrived(QueueItem item, TopicContext topic, long pending) implements QueueUpdate {}

    /** An item left the queue (decided by someone, or withdrawn by its author); pending is the count after it. */
    public record Left(long submissionId, long pending) implements QueueUpdate {}

    /** The reported and hidden content under review changed: a report arrived, or content was hidden or restored. */
    public record ReviewChanged(long submissionId) implements ReviewUpdate {}

    /** The reported and hidden official answers changed: a report arrived, or an answer was hidden or restored. */
    public record AnswerReviewChanged(long answerId) implements ReviewUpdate {}

    private final LiveUpdates live;
    private final PublishedSubmissions submissions;
    private final QueueArrivals arrivals;
    private final ProgrammeService programmes;

    QueueFeed(LiveUpdates live, PublishedSubmissions submissions, QueueArrivals arrivals, ProgrammeService programmes) {
        this.live = live;
        this.submissions = submissions;
        this.arrivals = arrivals;
        this.programmes = programmes;
    }

    @OnEveryNode
    void on(SubmissionEvents.Received event) {
        pendingChanged(pending -> arrivals.arrived(event.submissionId())
                .map(item -> new Arrived(
                        item, programmes.topics(Set.of(item.topicId())).get(item.topicId()), pending)));
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
            live.publish(REVIEW, new ReviewChanged(event.submissionId()));
        }
    }

    @OnEveryNode
    void on(QueueService.ClaimChanged event) {
        live.publish(QUEUE, event);
    }

    @OnEveryNode
    void on(SubmissionEvents.ReportsChanged event) {
        live.publish(REVIEW, new ReviewChanged(event.submissionId()));
    }

    @OnEveryNode
    void on(SubmissionEvents.Hidden event) {
        live.publish(REVIEW, new ReviewChanged(event.submissionId()));
    }

    @OnEveryNode
    void on(SubmissionEvents.Restored event) {
        live.publish(REVIEW, new ReviewChanged(event.submissionId()));
    }

    @OnEveryNode
    void on(AnswerEvents.Reported event) {
        live.publish(REVIEW, new AnswerReviewChanged(event.answerId()));
    }

    @OnEveryNode
    void on(AnswerEvents.Hidden event) {
        live.publish(REVIEW, new AnswerReviewChanged(event.answerId()));
    }

    private void left(long submissionId) {
        pendingChanged(pending -> Optional.of(new Left(submissionId, pending)));
    }

    /**
     * The pending count changed: it is read once, for the open queues' update (prepared from it,
     * empty when there is nothing to show) and for the count beside "Moderation", and not at all
     * when no page listens.
     */
    private void pendingChanged(LongFunction<Optional<? extends QueueUpdate>> queueUpdate) {
        var counter = Channels.navigation(PendingCounter.ITEM_ID);
        var queues = live.subscribers(QUEUE) > 0;
        var counters = live.subscribers(counter) > 0;
        if (!queues && !counters) {
            return;
        }
        var pending = submissions.countPending();
        if (queues) {
            queueUpdate.apply(pending).ifPresent(update -> live.publish(QUEUE, update));
        }
        if (counters) {
            live.publish(counter, new CountChanged(PendingCounter.ITEM_ID, pending));
        }
    }
}
