package org.citizendialogue.verdict;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The verdict tables, written by hand (a named exception to decision 029's repositories): the
 * rule "once per asker and version" is the table's unique key, so a first verdict is a plain
 * insert whose duplicate-key failure is the answer to a concurrent click, and a change locks the
 * existing row by id; "helped me" is an {@code INSERT IGNORE} on its primary key.
 */
@Component
class VerdictStore {

    private final JdbcClient jdbc;

    VerdictStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Row(
            long id,
            long answerId,
            long questionId,
            long dialogueId,
            int revisionNo,
            long accountId,
            VerdictRating rating,
            Long commentId,
            Instant ratedAt,
            Instant changedAt,
            Instant repliedAt) {}

    private static final String ROW = """
            SELECT id, answer_id, question_id, dialogue_id, revision_no, account_id, rating, comment_id, rated_at, changed_at, replied_at
            FROM answer_verdict
            """;

    Optional<Row> lock(long id) {
        return jdbc.sql(ROW + " WHERE id = ? FOR UPDATE")
                .param(id)
                .query(Row.class)
                .optional();
    }

    Optional<Row> mine(long answerId, int revisionNo, long accountId) {
        return jdbc.sql(ROW + " WHERE answer_id = ? AND revision_no = ? AND account_id = ?")
                .params(answerId, revisionNo, accountId)
                .query(Row.class)
                .optional();
    }

    /** The asker's rating of this revision, if they gave one. */
    Optional<VerdictRating> ratingOf(long answerId, int revisionNo, long askerId) {
        return mine(answerId, revisionNo, askerId).map(Row::rating);
    }

    /** Throws DuplicateKeyException when the same person rated the same revision meanwhile. */
    void insert(
            long answerId,
            long questionId,
            long dialogueId,
            int revisionNo,
            long accountId,
            VerdictRating rating,
            Long commentId,
            Instant at) {
        jdbc.sql("""
                INSERT INTO answer_verdict (answer_id, question_id, dialogue_id, revision_no, account_id, rating, comment_id, rated_at, changed_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
                .params(
                        answerId,
                        questionId,
                        dialogueId,
                        revisionNo,
                        accountId,
                        rating.name(),
                        commentId,
                        Timestamp.from(at),
                        Timestamp.from(at))
                .update();
    }

    /** A changed rating counts as new for the desk: the reply (if any) was to the old one. */
    void change(long id, VerdictRating rating, Long commentId, Instant at) {
        jdbc.sql("UPDATE answer_verdict SET rating = ?, comment_id = ?, changed_at = ?, replied_at = NULL WHERE id = ?")
                .params(rating.name(), commentId, Timestamp.from(at), id)
                .update();
    }

    /** Staff replied with a new revision of the answer: the verdicts on older revisions have their reply. */
    void repliedWithRevision(long answerId, int revisionNo, Instant at) {
        jdbc.sql(
                        "UPDATE answer_verdict SET replied_at = ? WHERE answer_id = ? AND revision_no < ? AND replied_at IS NULL")
                .params(Timestamp.from(at), answerId, revisionNo)
                .update();
    }

    /** Staff replied with a commitment: every open verdict on the question has its reply. */
    void repliedWithCommitment(long questionId, Instant at) {
        jdbc.sql("UPDATE answer_verdict SET replied_at = ? WHERE question_id = ? AND replied_at IS NULL")
                .params(Timestamp.from(at), questionId)
                .update();
    }

    /** The verdicts of these programmes (null: all) for the desk, newest change first. */
    List<Row> forDesk(Collection<Long> dialogueIds, VerdictFilter filter, Instant flaggedBefore, int limit) {
        if (dialogueIds != null && dialogueIds.isEmpty()) {
            return List.of();
        }
        var where = switch (filter) {
            case ALL -> "";
            case NOT_SATISFIED -> " AND rating = 'NOT_SATISFIED'";
            case FLAGGED -> " AND rating = 'NOT_SATISFIED' AND replied_at IS NULL AND changed_at <= :before";
        };
        var spec = jdbc.sql(ROW + " WHERE " + (dialogueIds == null ? "TRUE" : "dialogue_id IN (:d)") + where
                        + " ORDER BY changed_at DESC, id DESC LIMIT :limit")
                .param("limit", limit);
        if (dialogueIds != null) {
            spec = spec.param("d", dialogueIds);
        }
        if (filter == VerdictFilter.FLAGGED) {
            spec = spec.param("before", Timestamp.from(flaggedBefore));
        }
        return spec.query(Row.class).list();
    }

    long countFlagged(Collection<Long> dialogueIds, Instant flaggedBefore) {
        if (dialogueIds != null && dialogueIds.isEmpty()) {
            return 0;
        }
        var spec = jdbc.sql("SELECT COUNT(*) FROM answer_verdict WHERE "
                        + (dialogueIds == null ? "TRUE" : "dialogue_id IN (:d)")
                        + " AND rating = 'NOT_SATISFIED' AND replied_at IS NULL AND changed_at <= :before")
                .param("before", Timestamp.from(flaggedBefore));
        if (dialogueIds != null) {
            spec = spec.param("d", dialogueIds);
        }
        return spec.query(Long.class).single();
    }

    /** Records "helped me"; false when the person had said so already. */
    boolean helped(long answerId, long questionId, long accountId, Instant at) {
        return jdbc.sql(
                                "INSERT IGNORE INTO answer_helped (answer_id, account_id, question_id, helped_at) VALUES (?, ?, ?, ?)")
                        .params(answerId, accountId, questionId, Timestamp.from(at))
                        .update()
                == 1;
    }

    long helpedCount(long answerId) {
        return jdbc.sql("SELECT COUNT(*) FROM answer_helped WHERE answer_id = ?")
                .param(answerId)
                .query(Long.class)
                .single();
    }

    boolean didHelp(long answerId, long accountId) {
        return jdbc.sql("SELECT COUNT(*) FROM answer_helped WHERE answer_id = ? AND account_id = ?")
                        .params(answerId, accountId)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    /** Per question, the rating of the latest version that was rated. */
    Map<Long, VerdictRating> latestRatings(Collection<Long> questionIds) {
        var result = new HashMap<Long, VerdictRating>();
        if (questionIds.isEmpty()) {
            return result;
        }
        jdbc.sql("""
                SELECT v.question_id, v.rating FROM answer_verdict v
                WHERE v.question_id IN (:q) AND v.revision_no = (SELECT MAX(w.revision_no) FROM answer_verdict w WHERE w.question_id = v.question_id)
                """).param("q", questionIds).query(rs -> {
            result.put(rs.getLong(1), VerdictRating.valueOf(rs.getString(2)));
        });
        return result;
    }
}
