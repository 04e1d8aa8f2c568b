package org.citizendialogue.portal;

import java.util.List;
import java.util.Set;

import org.citizendialogue.answer.AnswerEvents;
import org.citizendialogue.answer.OnAirDesk;
import org.citizendialogue.answer.PublishedAnswer;
import org.citizendialogue.answer.PublishedAnswers;
import org.citizendialogue.programme.ProgrammeEvents;
import org.citizendialogue.programme.ProgrammeStatus;
import org.citizendialogue.shared.cluster.OnEveryNode;
import org.citizendialogue.shared.live.Channel;
import org.citizendialogue.shared.live.Channels;
import org.citizendialogue.shared.live.LiveUpdates;
import org.citizendialogue.submission.CommentCard;
import org.citizendialogue.submission.PublishedSubmissions;
import org.citizendialogue.submission.QuestionCard;
import org.citizendialogue.submission.SubmissionEvents;
import org.citizendialogue.submission.SubmissionKind;
import org.springframework.stereotype.Component;

/**
 * Turns committed changes into live updates for the public pages: the events carry ids, and each
 * read model is prepared once here, on every node, and handed to the broadcaster, which delivers
 * it to every subscribed UI (decision 032). A channel nobody listens on costs no read.
 */
@Component
public class LiveFeed {

    static final int WALL_SIZE = 10;

    /** Updates on a topic's channel. */
    public sealed interface TopicUpdate {}

    /** Everything that changes what a topic thread shows. */
    public static Channel<TopicUpdate> topic(long topicId) {
        return Channel.of(TopicUpdate.class, Channels.topic(topicId));
    }

    /** A programme's state and its question on air, for the pages of the programme. */
    public static Channel<ProgrammeUpdate> dialogue(long dialogueId) {
        return Channel.of(ProgrammeUpdate.class, Channels.dialogue(dialogueId));
    }

    /** The live wall of one programme: its whole prepared state, for the wall screens only. */
    public static Channel<WallState> wall(long dialogueId) {
        return Channel.of(WallState.class, Channels.wall(dialogueId));
    }

    public record QuestionAdded(QuestionCard question) implements TopicUpdate {}

    public record CommentAdded(CommentCard comment) implements TopicUpdate {}

    public record VotesChanged(long questionId, int votes) implements TopicUpdate {}

    public record AnswerShown(PublishedAnswer answer) implements TopicUpdate {}

    /** A question or comment was hidden by moderation: open pages drop it. */
    public record ContentRemoved(long submissionId) implements TopicUpdate {}

    /** An official answer was hidden by moderation: open pages drop it. */
    public record AnswerRemoved(long answerId) implements TopicUpdate {}

    /** Updates on a programme's channel. */
    public sealed interface ProgrammeUpdate {}

    public record NowAnsweringChanged(Long questionId) implements ProgrammeUpdate {}

    public record StatusChanged(ProgrammeStatus status) implements ProgrammeUpdate {}

    /** The whole live wall, prepared once for every screen that shows it. */
    public record WallState(QuestionCard nowAnswering, List<QuestionCard> top) {

        public WallState {
            top = List.copyOf(top);
        }
    }

    private final LiveUpdates live;
    private final PublishedSubmissions submissions;
    private final PublishedAnswers answers;
    private final OnAirDesk onAir;

    LiveFeed(LiveUpdates live, PublishedSubmissions submissions, PublishedAnswers answers, OnAirDesk onAir) {
        this.live = live;
        this.submissions = submissions;
        this.answers = answers;
        this.onAir = onAir;
    }

    @OnEveryNode
    void on(SubmissionEvents.Published event) {
        if (event.kind() == SubmissionKind.QUESTION) {
            submissions.publishedQuestion(event.submissionId()).ifPresent(q -> {
                live.publish(topic(q.topicId()), new QuestionAdded(q));
                publishWall(q.dialogueId());
            });
        } else {
            submissions
                    .publishedComment(event.submissionId())
                    .ifPresent(c -> live.publish(topic(event.topicId()), new CommentAdded(c)));
        }
    }

    @OnEveryNode
    void on(SubmissionEvents.Hidden event) {
        live.publish(topic(event.topicId()), new ContentRemoved(event.submissionId()));
        if (event.kind() == SubmissionKind.QUESTION) {
            dialogueOf(event.submissionId());
        }
    }

    @OnEveryNode
    void on(SubmissionEvents.Restored event) {
        on(new SubmissionEvents.Published(event.submissionId(), event.kind(), event.topicId(), event.questionId()));
    }

    /** A merged question leaves open pages; the original shows its new vote count. */
    @OnEveryNode
    void on(SubmissionEvents.Merged event) {
        if (!event.wasPending()) {
            live.publish(topic(event.topicId()), new ContentRemoved(event.submissionId()));
        }
        live.publish(topic(event.originalTopicId()), new VotesChanged(event.originalId(), event.originalVotes()));
        publishWall(event.dialogueId());
    }

    private void dialogueOf(long submissionId) {
        submissions.subject(submissionId).ifPresent(s -> publishWall(s.dialogueId()));
    }

    @OnEveryNode
    void on(SubmissionEvents.VoteChanged event) {
        live.publish(topic(event.topicId()), new VotesChanged(event.questionId(), event.voteCount()));
        publishWall(event.dialogueId());
    }

    @OnEveryNode
    void on(AnswerEvents.Published event) {
        var answer = answers.forQuestions(Set.of(event.questionId())).get(event.questionId());
        var question = submissions.publishedQuestion(event.questionId());
        if (answer != null && question.isPresent()) {
            live.publish(topic(question.get().topicId()), new AnswerShown(answer));
            publishWall(question.get().dialogueId());
        }
    }

    /** A hidden answer leaves open pages; a restored one shows again. */
    @OnEveryNode
    void on(AnswerEvents.Hidden event) {
        if (!event.hidden()) {
            on(new AnswerEvents.Published(event.answerId(), event.questionId(), 0, null, 0, false));
            return;
        }
        submissions
                .subject(event.questionId())
                .ifPresent(q -> live.publish(topic(q.topicId()), new AnswerRemoved(event.answerId())));
    }

    @OnEveryNode
    void on(AnswerEvents.NowAnswering event) {
        live.publish(dialogue(event.dialogueId()), new NowAnsweringChanged(event.questionId()));
        publishWall(event.dialogueId());
    }

    @OnEveryNode
    void on(ProgrammeEvents.StatusChanged event) {
        live.publish(dialogue(event.dialogueId()), new StatusChanged(event.to()));
    }

    private void publishWall(long dialogueId) {
        // prepared once, and only when a wall is open
        if (live.subscribers(wall(dialogueId)) > 0) {
            live.publish(wall(dialogueId), currentWall(dialogueId));
        }
    }

    /** The wall as it is now: what every open wall is sent, and what a wall that just opened shows. */
    public WallState currentWall(long dialogueId) {
        var onAir = this.onAir
                .nowAnswering(dialogueId)
                .flatMap(o -> submissions.publishedQuestion(o.questionId()))
                .orElse(null);
        return new WallState(onAir, submissions.wallQuestions(dialogueId, WALL_SIZE));
    }
}
