package org.citizendialogue.answer;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The answer module's reads written in SQL: the published answers readers see (drafts and answers
 * hidden by moderation never), the desk's question ids per state, and commitments as cards.
 */
@Repository
class AnswerQueries {

    /** The columns of {@link PublishedAnswer}, read from the answer table. */
    static final String COLUMNS = """
            SELECT id, question_id, body, bureau_name, author_title, published_at, updated_at, state, department,
                   follow_up, promised_date, on_air_at, recording_seconds, recording_link,
                   (SELECT COUNT(*) FROM answer_revision r WHERE r.answer_id = answer.id) revisions, body_zh, bureau_name_zh,
                   author_title_zh
            """;

    private static final String ANSWER = COLUMNS + """
            FROM answer WHERE status = 'PUBLISHED' AND hidden_at IS NULL
            """;

    private final JdbcClient jdbc;

    AnswerQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Map<Long, PublishedAnswer> publishedFor(Collection<Long> questionIds) {
        if (questionIds.isEmpty()) {
            return Map.of();
        }
        return jdbc
                .sql(ANSWER + " AND question_id IN (:ids)")
                .param("ids", questionIds)
                .query(PublishedAnswer.class)
                .stream()
                .collect(Collectors.toMap(PublishedAnswer::questionId, Function.identity()));
    }

    List<PublishedAnswer> latest(Long dialogueId, int limit) {
        var sql = ANSWER + (dialogueId == null ? "" : " AND dialogue_id = :d")
                + " ORDER BY GREATEST(updated_at, published_at) DESC, id DESC LIMIT :limit";
        var spec = jdbc.sql(sql).param("limit", Math.max(1, Math.min(limit, 500)));
        if (dialogueId != null) {
            spec = spec.param("d", dialogueId);
        }
        return spec.query(PublishedAnswer.class).list();
    }

    List<PublishedAnswer> all() {
        return jdbc.sql(ANSWER + " ORDER BY id").query(PublishedAnswer.class).list();
    }

    List<Long> questionsIn(List<Long> programmes, DeskState state) {
        if (programmes.isEmpty()) {
            return List.of();
        }
        var sql = state == DeskState.DRAFT
                ? "SELECT question_id FROM answer WHERE dialogue_id IN (:d) AND status = 'DRAFT'"
                : "SELECT question_id FROM answer WHERE dialogue_id IN (:d) AND status = 'PUBLISHED' AND state = :s";
        var spec = jdbc.sql(sql).param("d", programmes);
        if (state != DeskState.DRAFT) {
            spec = spec.param("s", state.name());
        }
        return spec.query(Long.class).list();
    }

    List<CommitmentCard> commitmentsOf(long questionId, boolean publishedOnly) {
        return jdbc.sql("""
                SELECT c.id, c.version, c.answer_id, c.question_id, c.body, c.due_date, c.status, c.updated_at
                FROM commitment c JOIN answer a ON a.id = c.answer_id
                WHERE c.question_id = :q""" + (publishedOnly ? " AND a.status = 'PUBLISHED' AND a.hidden_at IS NULL" : "")
                        + " ORDER BY c.due_date, c.id")
                .param("q", questionId)
                .query(CommitmentCard.class)
                .list();
    }

    CommitmentCard commitmentCard(long id) {
        return jdbc.sql("""
                SELECT id, version, answer_id, question_id, body, due_date, status, updated_at FROM commitment WHERE id = :id
                """).param("id", id).query(CommitmentCard.class).single();
    }

    private static final String REVIEW_CONTENT = """
            SELECT id, question_id, bureau_name, bureau_name_zh,
                   CONCAT_WS('\n\n', body_zh, body) body, (hidden_at IS NOT NULL) hidden, hidden_reason
            FROM answer WHERE status = 'PUBLISHED'
            """;

    /** The published answers (hidden or not) among these, for the review. */
    Map<Long, AnswerReviewContent> reviewContent(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return jdbc
                .sql(REVIEW_CONTENT + " AND id IN (:ids)")
                .param("ids", ids)
                .query(AnswerReviewContent.class)
                .stream()
                .collect(Collectors.toMap(AnswerReviewContent::id, Function.identity()));
    }

    /** Hidden answers other than these (those with open reports), newest first, one page. */
    List<AnswerReviewContent> hiddenUnreported(Collection<Long> reported, int offset, int limit) {
        return jdbc.sql(REVIEW_CONTENT + " AND hidden_at IS NOT NULL"
                        + " AND id NOT IN (:ids) ORDER BY id DESC LIMIT :limit OFFSET :offset")
                .param("ids", reported.isEmpty() ? List.of(0L) : reported) // ids start at 1: 0 excludes none
                .param("limit", limit)
                .param("offset", offset)
                .query(AnswerReviewContent.class)
                .list();
    }
}
