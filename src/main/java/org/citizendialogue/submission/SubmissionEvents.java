package org.citizendialogue.submission;

import org.citizendialogue.shared.cluster.CrossNode;

/** What happens to submissions, published after the change commits to whoever listens. */
public final class SubmissionEvents {

    private SubmissionEvents() {}

    /**
     * A new submission waits for moderation. Like every event it carries ids and the version it
     * was saved with, never a view of it (decision 032): the moderation queue reads its item once
     * per node, after the commit, and only where a queue is open.
     */
    public record Received(long submissionId, int version, SubmissionKind kind, long topicId) implements CrossNode {}

    public record Published(long submissionId, SubmissionKind kind, long topicId, Long questionId)
            implements CrossNode {}

    public record Rejected(long submissionId, long authorId, String reasonCode) implements CrossNode {}

    public record Withdrawn(long submissionId) implements CrossNode {}

    public record Answered(long questionId, long topicId, long authorId) {}

    /** Published content left public view: by a moderator, or (byReports) by residents' reports. */
    public record Hidden(
            long submissionId, SubmissionKind kind, long topicId, Long questionId, long authorId, boolean byReports)
            implements CrossNode {}

    /** Hidden content is public again. */
    public record Restored(long submissionId, SubmissionKind kind, long topicId, Long questionId)
            implements CrossNode {}

    /**
     * A question was merged into a published one ({@code originalId}); {@code wasPending} says
     * whether it left the queue. Its votes, comments and followers are the original's now.
     */
    public record Merged(
            long submissionId,
            long originalId,
            long topicId,
            long originalTopicId,
            long dialogueId,
            long authorId,
            boolean wasPending,
            int originalVotes)
            implements CrossNode {}

    /** The reports on a submission changed (a new report, or reports dismissed): the review list changed. */
    public record ReportsChanged(long submissionId) implements CrossNode {}

    public record VoteChanged(long questionId, long topicId, long dialogueId, int voteCount) implements CrossNode {}
}
