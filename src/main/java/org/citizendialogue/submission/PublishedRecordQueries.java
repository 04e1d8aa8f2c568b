package org.citizendialogue.submission;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The reads behind {@link PublishedSubmissions}' records for open data, search and statistics:
 * PUBLISHED submissions only (never hidden ones, nor the comments of a hidden question, nor a
 * redacted text's original); lists are read in one query, never row by row.
 */
@Repository
class PublishedRecordQueries {

    private static final String QUESTION = """
            SELECT s.id, s.dialogue_id, s.topic_id, s.author_name, s.body, s.submitted_at, s.decided_at published_at,
                   s.answered_at,
                   (SELECT COUNT(*) FROM submission c WHERE c.question_id = s.id AND c.status = 'PUBLISHED') comment_count,
                   s.vote_count votes
            FROM submission s
            WHERE s.kind = 'QUESTION' AND s.status = 'PUBLISHED'
            """;

    private static final String TEXT = """
            SELECT s.id, s.kind, s.dialogue_id, s.topic_id, s.question_id, s.author_name, s.body,
                   s.decided_at published_at,
                   (COALESCE(q.answered_at, s.answered_at) IS NOT NULL) answered
            FROM submission s LEFT JOIN submission q ON q.id = s.question_id
            WHERE s.status = 'PUBLISHED' AND (s.question_id IS NULL OR q.status = 'PUBLISHED')
            """;

    private final JdbcClient jdbc;

    PublishedRecordQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The published questions of a programme in the order they were published (at most {@link #EXPORT_MAX}). */
    List<PublishedQuestion> questionsOf(long dialogueId) {
        return jdbc.sql(QUESTION + " AND s.dialogue_id = :d ORDER BY s.decided_at, s.id LIMIT "
                        + PublishedSubmissions.EXPORT_MAX)
                .param("d", dialogueId)
                .query(PublishedQuestion.class)
                .list();
    }

    /** Several published questions at once; ids that are not published questions are left out. */
    Map<Long, PublishedQuestion> questions(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql(QUESTION + " AND s.id IN (:ids)").param("ids", ids).query(PublishedQuestion.class).stream()
                .collect(Collectors.toMap(PublishedQuestion::id, Function.identity()));
    }

    /** The programme's top questions: most votes, then most comments, then newest. */
    List<PublishedQuestion> topQuestions(long dialogueId, int limit) {
        return jdbc.sql(
                        QUESTION
                                + " AND s.dialogue_id = :d ORDER BY votes DESC, comment_count DESC, s.decided_at DESC, s.id DESC LIMIT :limit")
                .param("d", dialogueId)
                .param("limit", Math.max(1, Math.min(limit, 100)))
                .query(PublishedQuestion.class)
                .list();
    }

    /** Every published question and comment, for rebuilding the search index. */
    List<PublishedText> allTexts() {
        return jdbc.sql(TEXT + " ORDER BY s.id").query(PublishedText.class).list();
    }

    /**
     * The published texts of one thread: a question with its published comments, or a comment on
     * a topic on its own. Empty when the submission is not published.
     */
    List<PublishedText> thread(long threadId) {
        return jdbc.sql(TEXT + " AND (s.id = :id OR s.question_id = :id) ORDER BY s.id")
                .param("id", threadId)
                .query(PublishedText.class)
                .list();
    }
}
