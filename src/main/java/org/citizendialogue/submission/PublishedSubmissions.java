package org.citizendialogue.submission;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.citizendialogue.shared.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The readers' door: published questions and comments for the public pages, open data, search
 * and statistics, the answer desk's lists, and public moderation figures. Every public read
 * returns PUBLISHED submissions only (never hidden ones, nor the comments of a hidden question,
 * nor a redacted text's original); lists are read in one query, never row by row. The one change
 * made here is the answer module's: a question is marked answered when its answer is published.
 */
@Service
@Transactional(readOnly = true)
public class PublishedSubmissions {

    /** The most questions one programme's export carries. */
    public static final int EXPORT_MAX = 10_000;

    private final PublishedRecordQueries records;
    private final SubmissionQueries queries;
    private final SubmissionRepository submissions;
    private final TransparencyQueries transparency;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PublishedSubmissions(
            PublishedRecordQueries records,
            SubmissionQueries queries,
            SubmissionRepository submissions,
            TransparencyQueries transparency,
            ApplicationEventPublisher events,
            Clock clock) {
        this.records = records;
        this.queries = queries;
        this.submissions = submissions;
        this.transparency = transparency;
        this.events = events;
        this.clock = clock;
    }

    /** The published questions of a programme in the order they were published (at most {@link #EXPORT_MAX}). */
    public List<PublishedQuestion> questionsOf(long dialogueId) {
        return records.questionsOf(dialogueId);
    }

    /** Several published questions at once; ids that are not published questions are left out. */
    public Map<Long, PublishedQuestion> questions(Collection<Long> ids) {
        return records.questions(ids);
    }

    /** The programme's top questions: most votes, then most comments, then newest. */
    public List<PublishedQuestion> topQuestions(long dialogueId, int limit) {
        return records.topQuestions(dialogueId, limit);
    }

    /** Every published question and comment, for rebuilding the search index. */
    public List<PublishedText> allTexts() {
        return records.allTexts();
    }

    /**
     * The published texts of one thread: a question with its published comments, or a comment on
     * a topic on its own. Empty when the submission is not published.
     */
    public List<PublishedText> thread(long threadId) {
        return records.thread(threadId);
    }

    public List<QuestionCard> publishedQuestions(long topicId, QuestionSort sort, int offset, int limit) {
        return queries.publishedQuestions(topicId, sort, offset, SubmissionQueries.page(limit));
    }

    public Optional<QuestionCard> publishedQuestion(long questionId) {
        return queries.publishedQuestion(questionId);
    }

    /** Published comments of several questions at once, each list oldest first. */
    public Map<Long, List<CommentCard>> publishedComments(Collection<Long> questionIds) {
        return queries.publishedComments(questionIds);
    }

    public List<CommentCard> topicComments(long topicId, int offset, int limit) {
        return queries.topicComments(topicId, offset, SubmissionQueries.page(limit));
    }

    public Map<Long, TopicCounts> countsByTopic(Collection<Long> topicIds) {
        return queries.countsByTopic(topicIds);
    }

    /** The published questions of a programme with the most votes, for the live wall. */
    public List<QuestionCard> wallQuestions(long dialogueId, int limit) {
        return queries.wallQuestions(dialogueId, SubmissionQueries.page(limit));
    }

    public Optional<CommentCard> publishedComment(long commentId) {
        return queries.publishedComment(commentId);
    }

    /** How many submissions wait for moderation: a public figure, no content (transparency). */
    public long countPending() {
        return queries.countPending();
    }

    /** The question a merged question now lives in, if it was merged: public, it is where its link leads. */
    public Optional<Long> mergedInto(long questionId) {
        return queries.mergedInto(questionId);
    }

    /** A programme's moderation in aggregate figures: public (transparency), no text, no names. */
    public Transparency transparency(long dialogueId) {
        return transparency.of(dialogueId);
    }

    // ---- the answer desk ----

    /** Records that a question now has a published answer; called by the answer module. */
    @Transactional
    @PreAuthorize("hasRole('STAFF')")
    public void markAnswered(long questionId) {
        var question = submissions.findById(questionId).orElseThrow(NotFoundException::new);
        question.markAnswered(clock.instant());
        submissions.save(question);
        events.publishEvent(new SubmissionEvents.Answered(questionId, question.topicId(), question.authorId()));
    }

    /** The answer desk's list: published questions without a published answer, of one topic or all. */
    @PreAuthorize("hasRole('STAFF')")
    public List<QuestionCard> awaitingAnswer(
            Collection<Long> dialogueIds, Long topicId, DeskOrder order, int offset, int limit) {
        return queries.awaitingAnswer(dialogueIds, topicId, order, offset, SubmissionQueries.page(limit));
    }

    @PreAuthorize("hasRole('STAFF')")
    public long countAwaitingAnswer(Collection<Long> dialogueIds, Long topicId) {
        return queries.countAwaitingAnswer(dialogueIds, topicId);
    }

    /** The answer desk's list of questions that have an answer in a given state. */
    @PreAuthorize("hasRole('STAFF')")
    public List<QuestionCard> publishedAmong(
            Collection<Long> questionIds, Long topicId, DeskOrder order, int offset, int limit) {
        return queries.publishedAmong(questionIds, topicId, order, offset, SubmissionQueries.page(limit));
    }

    @PreAuthorize("hasRole('STAFF')")
    public long countAmong(Collection<Long> questionIds, Long topicId) {
        return queries.countAmong(questionIds, topicId);
    }

    /** Author and place of a submission in any state, for notices after a change commits. */
    public Optional<SubmissionSubject> subject(long submissionId) {
        return queries.subject(submissionId);
    }

    /** Whether a submission still waits for a moderator's decision: a state, no content. */
    public boolean awaitsModeration(long submissionId) {
        return submissions
                .findById(submissionId)
                .map(s -> s.status() == SubmissionStatus.PENDING)
                .orElse(false);
    }

    /** When a published submission was approved (the public lifecycle of a question). */
    public Optional<Instant> publishedAt(long submissionId) {
        return queries.publishedAt(submissionId);
    }
}
