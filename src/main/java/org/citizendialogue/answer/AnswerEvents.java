package org.citizendialogue.answer;

import org.citizendialogue.shared.cluster.CrossNode;

/** What happens to answers. */
public final class AnswerEvents {

    private AnswerEvents() {}

    /**
     * An answer was published or a published one edited; revision counts from 1. {@code announced}
     * is true when the public state is new (first publication, or ANSWERED/FORWARDED/LATER changed):
     * that is what the asker and followers are told of.
     */
    public record Published(
            long answerId, long questionId, long topicId, AnswerOutcome state, int revision, boolean announced)
            implements CrossNode {}

    /** A resident reported a published answer; flagged: distinct reporters reached the threshold. */
    public record Reported(long answerId, long questionId, boolean flagged) implements CrossNode {}

    /** A moderator hid a published answer (hidden) or restored it (not hidden). */
    public record Hidden(long answerId, long questionId, boolean hidden) implements CrossNode {}

    /** The question being answered on air changed; questionId is null when none is. */
    public record NowAnswering(long dialogueId, Long questionId) implements CrossNode {}

    /** A commitment of a published answer was added or changed its status. */
    public record CommitmentChanged(
            long commitmentId, long questionId, long topicId, CommitmentStatus status, boolean added, int version) {}
}
