package org.citizendialogue.answer;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Published answers for readers outside this module: feeds, open data and search. Drafts and
 * answers hidden by moderation are never returned. Whether the question is still public is for the caller to check, through the
 * submission module, in one batch.
 */
@Service
@Transactional(readOnly = true)
public class PublishedAnswers {

    private final AnswerQueries queries;
    private final AnswerRepository answers;
    private final AnswerRevisionStore revisions;

    PublishedAnswers(AnswerQueries queries, AnswerRepository answers, AnswerRevisionStore revisions) {
        this.queries = queries;
        this.answers = answers;
        this.revisions = revisions;
    }

    /** The published answers of several questions at once, by question id; drafts never appear here. */
    public Map<Long, PublishedAnswer> forQuestions(Collection<Long> questionIds) {
        return queries.publishedFor(questionIds);
    }

    /** The most recently published or edited answers, site-wide or of one programme (dialogueId null: all). */
    public List<PublishedAnswer> latest(Long dialogueId, int limit) {
        return queries.latest(dialogueId, limit);
    }

    /** Every published answer, for rebuilding the search index. */
    public List<PublishedAnswer> all() {
        return queries.all();
    }

    /** The commitments of a question's published answer, oldest first. */
    public List<CommitmentCard> publishedCommitments(long questionId) {
        return queries.commitmentsOf(questionId, true);
    }

    /** Every published version of a published answer, first to last; nothing for drafts. */
    public List<AnswerRevision> revisionsOf(long answerId) {
        return answers.findById(answerId)
                .filter(Answer::isPublic)
                .map(a -> revisions.of(answerId))
                .orElse(List.of());
    }
}
