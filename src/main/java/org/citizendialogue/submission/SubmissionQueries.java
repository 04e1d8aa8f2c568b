package org.citizendialogue.submission;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Read models straight from SQL, counts joined in: no aggregate is loaded to show a list. */
@Component
class SubmissionQueries {

    private static final int PAGE_MAX = 100;

    /** A page size within what one read returns: at least one row, at most {@value #PAGE_MAX}. */
    static int page(int limit) {
        return Math.max(1, Math.min(limit, PAGE_MAX));
    }

    private static final String QUESTION_CARD = """
            SELECT s.id, s.dialogue_id, s.topic_id, s.author_name, s.body, s.submitted_at, s.answered_at,
                   (SELECT COUNT(*) FROM submission c WHERE c.question_id = s.id AND c.status = 'PUBLISHED') comment_count,
                   s.vote_count, (s.original_body IS NOT NULL) edited
            FROM submission s
            """;

    private final JdbcClient jdbc;

    SubmissionQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<QuestionCard> publishedQuestions(long topicId, QuestionSort sort, int offset, int limit) {
        return jdbc.sql(QUESTION_CARD + """
                WHERE s.topic_id = :topic AND s.kind = 'QUESTION' AND s.status = 'PUBLISHED'
                ORDER BY """ + " " + sort.orderBy + " LIMIT :limit OFFSET :offset")
                .param("topic", topicId)
                .param("limit", limit)
                .param("offset", offset)
                .query(QuestionCard.class)
                .list();
    }

    Optional<QuestionCard> publishedQuestion(long id) {
        return jdbc.sql(QUESTION_CARD + " WHERE s.id = :id AND s.kind = 'QUESTION' AND s.status = 'PUBLISHED'")
                .param("id", id)
                .query(QuestionCard.class)
                .optional();
    }

    /** Published questions of the programmes (optionally one topic) with no published answer, in the desk's order. */
    List<QuestionCard> awaitingAnswer(
            Collection<Long> dialogueIds, Long topicId, DeskOrder order, int offset, int limit) {
        if (dialogueIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(QUESTION_CARD + """
                WHERE s.dialogue_id IN (:dialogues) AND s.kind = 'QUESTION' AND s.status = 'PUBLISHED'
                  AND s.answered_at IS NULL AND (:topic IS NULL OR s.topic_id = :topic)
                ORDER BY """ + " " + order.orderBy + " LIMIT :limit OFFSET :offset")
                .param("dialogues", dialogueIds)
                .param("topic", topicId)
                .param("limit", limit)
                .param("offset", offset)
                .query(QuestionCard.class)
                .list();
    }

    long countAwaitingAnswer(Collection<Long> dialogueIds, Long topicId) {
        if (dialogueIds.isEmpty()) {
            return 0;
        }
        return jdbc.sql("""
                SELECT COUNT(*) FROM submission s
                WHERE s.dialogue_id IN (:dialogues) AND s.kind = 'QUESTION' AND s.status = 'PUBLISHED'
                  AND s.answered_at IS NULL AND (:topic IS NULL OR s.topic_id = :topic)
                """)
                .param("dialogues", dialogueIds)
                .param("topic", topicId)
                .query(Long.class)
                .single();
    }

    /** These published questions (optionally of one topic), in the desk's order. */
    List<QuestionCard> publishedAmong(Collection<Long> ids, Long topicId, DeskOrder order, int offset, int limit) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(QUESTION_CARD + """
                WHERE s.id IN (:ids) AND s.kind = 'QUESTION' AND s.status = 'PUBLISHED'
                  AND (:topic IS NULL OR s.topic_id = :topic)
                ORDER BY """ + " " + order.orderBy + " LIMIT :limit OFFSET :offset")
                .param("ids", ids)
                .param("topic", topicId)
                .param("limit", limit)
                .param("offset", offset)
                .query(QuestionCard.class)
                .list();
    }

    long countAmong(Collection<Long> ids, Long topicId) {
        if (ids.isEmpty()) {
            return 0;
        }
        return jdbc.sql("""
                SELECT COUNT(*) FROM submission s WHERE s.id IN (:ids) AND s.kind = 'QUESTION' AND s.status = 'PUBLISHED'
                  AND (:topic IS NULL OR s.topic_id = :topic)
                """)
                .param("ids", ids)
                .param("topic", topicId)
                .query(Long.class)
                .single();
    }

    Optional<SubmissionSubject> subject(long id) {
        return jdbc.sql(
                        "SELECT id, kind, dialogue_id, topic_id, question_id, author_id, body FROM submission WHERE id = :id")
                .param("id", id)
                .query(SubmissionSubject.class)
                .optional();
    }

    Optional<Instant> publishedAt(long id) {
        return jdbc.sql("SELECT decided_at FROM submission WHERE id = :id AND status = 'PUBLISHED'")
                .param("id", id)
                .query(Instant.class)
                .optional();
    }

    List<QuestionCard> wallQuestions(long dialogueId, int limit) {
        return jdbc.sql(QUESTION_CARD + """
                WHERE s.dialogue_id = :dialogue AND s.kind = 'QUESTION' AND s.status = 'PUBLISHED'
                ORDER BY s.vote_count DESC, s.decided_at, s.id LIMIT :limit
                """)
                .param("dialogue", dialogueId)
                .param("limit", limit)
                .query(QuestionCard.class)
                .list();
    }

    Optional<CommentCard> publishedComment(long id) {
        return jdbc.sql("""
                SELECT id, question_id, author_name, body, submitted_at, (original_body IS NOT NULL) edited FROM submission
                WHERE id = :id AND kind = 'COMMENT' AND status = 'PUBLISHED'
                """).param("id", id).query(CommentCard.class).optional();
    }

    Map<Long, List<CommentCard>> publishedComments(Collection<Long> questionIds) {
        if (questionIds.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("""
                SELECT id, question_id, author_name, body, submitted_at, (original_body IS NOT NULL) edited FROM submission
                WHERE question_id IN (:ids) AND kind = 'COMMENT' AND status = 'PUBLISHED'
                ORDER BY submitted_at, id
                """).param("ids", questionIds).query(CommentCard.class).stream()
                .collect(Collectors.groupingBy(CommentCard::questionId));
    }

    List<CommentCard> topicComments(long topicId, int offset, int limit) {
        return jdbc.sql("""
                SELECT id, question_id, author_name, body, submitted_at, (original_body IS NOT NULL) edited FROM submission
                WHERE topic_id = :topic AND question_id IS NULL AND kind = 'COMMENT' AND status = 'PUBLISHED'
                ORDER BY submitted_at DESC, id DESC LIMIT :limit OFFSET :offset
                """)
                .param("topic", topicId)
                .param("limit", limit)
                .param("offset", offset)
                .query(CommentCard.class)
                .list();
    }

    Map<Long, TopicCounts> countsByTopic(Collection<Long> topicIds) {
        if (topicIds.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("""
                SELECT topic_id,
                       SUM(kind = 'QUESTION') questions,
                       SUM(kind = 'COMMENT') comments,
                       SUM(kind = 'QUESTION' AND answered_at IS NOT NULL) answered
                FROM submission WHERE topic_id IN (:ids) AND status = 'PUBLISHED'
                GROUP BY topic_id
                """).param("ids", topicIds).query(TopicCounts.class).stream()
                .collect(Collectors.toMap(TopicCounts::topicId, c -> c));
    }

    List<MySubmission> byAuthor(long authorId, int offset, int limit) {
        return jdbc.sql("""
                SELECT id, kind, topic_id, question_id, body, status, submitted_at, decided_at, rejection_reason, answered_at,
                       merged_into
                FROM submission WHERE author_id = :author
                ORDER BY submitted_at DESC, id DESC LIMIT :limit OFFSET :offset
                """)
                .param("author", authorId)
                .param("limit", limit)
                .param("offset", offset)
                .query(MySubmission.class)
                .list();
    }

    private static final String REVIEW_CONTENT = """
            SELECT id, kind, status, topic_id, author_name, body, hidden_by_reports, hidden_reason FROM submission
            """;

    /** The published or hidden submissions among these, for the review (the others left the review). */
    Map<Long, ReviewContent> reviewContent(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return jdbc
                .sql(REVIEW_CONTENT + " WHERE id IN (:ids) AND status IN ('PUBLISHED', 'HIDDEN')")
                .param("ids", ids)
                .query(ReviewContent.class)
                .stream()
                .collect(Collectors.toMap(ReviewContent::id, c -> c));
    }

    /** Hidden submissions other than these (those with open reports), newest first, one page. */
    List<ReviewContent> hiddenUnreported(Collection<Long> reported, int offset, int limit) {
        return jdbc.sql(REVIEW_CONTENT + " WHERE status = 'HIDDEN'"
                        + " AND id NOT IN (:ids) ORDER BY id DESC LIMIT :limit OFFSET :offset")
                .param("ids", reported.isEmpty() ? List.of(0L) : reported) // ids start at 1: 0 excludes none
                .param("limit", limit)
                .param("offset", offset)
                .query(ReviewContent.class)
                .list();
    }

    /** The texts an author submitted since a moment, in any state but withdrawn (the repeat check). */
    List<String> recentBodies(long authorId, Instant since) {
        return jdbc.sql("""
                SELECT COALESCE(original_body, body) FROM submission
                WHERE author_id = :author AND submitted_at >= :since AND status <> 'WITHDRAWN'
                """)
                .param("author", authorId)
                .param("since", Timestamp.from(since))
                .query(String.class)
                .list();
    }

    /** A queue item: the submission, the question a comment is about, and what moderators alone see. */
    private static final String QUEUE_ITEM = """
            SELECT s.id, s.version, s.kind, s.topic_id, s.question_id, s.author_name, s.body, s.submitted_at,
                   q.body question_body, s.original_body, s.held_phrase
            FROM submission s LEFT JOIN submission q ON q.id = s.question_id
            """;

    Optional<QueueItem> pendingItem(long id) {
        return jdbc.sql(QUEUE_ITEM + "WHERE s.id = :id AND s.status = 'PENDING'")
                .param("id", id)
                .query(QueueItem.class)
                .optional();
    }

    List<QuestionCard> mergeCandidates(long dialogueId, long excludeId, String filter, int offset, int limit) {
        var digits = filter.startsWith("#") ? filter.substring(1) : filter;
        Long byId = digits.matches("\\d{1,18}") ? Long.valueOf(digits) : null;
        var like = "%" + filter.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return jdbc.sql(QUESTION_CARD + """
                WHERE s.dialogue_id = :d AND s.kind = 'QUESTION' AND s.status = 'PUBLISHED' AND s.id <> :self
                  AND (:filter = '' OR s.body LIKE :like OR s.id = :byId)
                ORDER BY (s.id = :byId) DESC, s.vote_count DESC, s.id LIMIT :limit OFFSET :offset
                """)
                .param("d", dialogueId)
                .param("self", excludeId)
                .param("filter", filter)
                .param("like", like)
                .param("byId", byId == null ? -1L : byId)
                .param("limit", limit)
                .param("offset", offset)
                .query(QuestionCard.class)
                .list();
    }

    Optional<Long> mergedInto(long id) {
        return jdbc.sql("SELECT merged_into FROM submission WHERE id = :id AND status = 'MERGED'")
                .param("id", id)
                .query(Long.class)
                .optional();
    }

    /**
     * Pending submissions matching the filter, oldest first. The filter's parts go in as bound
     * parameters of a fixed statement (null means any), never as SQL text.
     */
    List<QueueItem> pending(QueueFilter filter, Instant now, int offset, int limit) {
        return filtered(
                        jdbc.sql(QUEUE_ITEM + "WHERE s.status = 'PENDING'" + FILTER
                                + " ORDER BY s.submitted_at, s.id LIMIT :limit OFFSET :offset"),
                        filter,
                        now)
                .param("limit", limit)
                .param("offset", offset)
                .query(QueueItem.class)
                .list();
    }

    long countPending(QueueFilter filter, Instant now) {
        return filtered(jdbc.sql("SELECT COUNT(*) FROM submission s WHERE s.status = 'PENDING'" + FILTER), filter, now)
                .query(Long.class)
                .single();
    }

    private static final String FILTER = """
             AND (:dialogue IS NULL OR s.dialogue_id = :dialogue)
              AND (:topic IS NULL OR s.topic_id = :topic)
              AND (:kind IS NULL OR s.kind = :kind)
              AND (:before IS NULL OR s.submitted_at <= :before)
            """;

    private static JdbcClient.StatementSpec filtered(JdbcClient.StatementSpec sql, QueueFilter filter, Instant now) {
        return sql.param("dialogue", filter.dialogueId())
                .param("topic", filter.topicId())
                .param("kind", filter.kind() == null ? null : filter.kind().name())
                .param("before", filter.olderThan() == null ? null : now.minus(filter.olderThan()));
    }

    long countPending() {
        return jdbc.sql("SELECT COUNT(*) FROM submission WHERE status = 'PENDING'")
                .query(Long.class)
                .single();
    }
}
