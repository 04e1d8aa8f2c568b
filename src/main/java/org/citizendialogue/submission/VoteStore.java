package org.citizendialogue.submission;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Votes, kept exact under concurrency: the vote row's primary key makes a second vote by the
 * same resident a no-op, and the count beside the question changes by one in the same
 * transaction only when a row was really added or removed. The question's row is locked first:
 * without it, each voter's foreign-key check holds a shared lock on the question that the
 * counter update then needs exclusively, and concurrent voters deadlock (VoteConcurrencyTest).
 */
@Component
class VoteStore {

    private final JdbcClient jdbc;

    VoteStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Adds the vote; returns false if it was already there. */
    boolean add(long questionId, long accountId, Instant at) {
        lockQuestion(questionId);
        var added = jdbc.sql("INSERT IGNORE INTO vote (question_id, account_id, cast_at) VALUES (:q, :a, :at)")
                        .param("q", questionId)
                        .param("a", accountId)
                        .param("at", Timestamp.from(at))
                        .update()
                == 1;
        if (added) {
            jdbc.sql("UPDATE submission SET vote_count = vote_count + 1 WHERE id = :q")
                    .param("q", questionId)
                    .update();
        }
        return added;
    }

    /** Removes the vote; returns false if there was none. */
    boolean remove(long questionId, long accountId) {
        lockQuestion(questionId);
        var removed = jdbc.sql("DELETE FROM vote WHERE question_id = :q AND account_id = :a")
                        .param("q", questionId)
                        .param("a", accountId)
                        .update()
                == 1;
        if (removed) {
            jdbc.sql("UPDATE submission SET vote_count = vote_count - 1 WHERE id = :q")
                    .param("q", questionId)
                    .update();
        }
        return removed;
    }

    private void lockQuestion(long questionId) {
        jdbc.sql("SELECT id FROM submission WHERE id = :q FOR UPDATE")
                .param("q", questionId)
                .query(Long.class)
                .list();
    }

    int count(long questionId) {
        return jdbc.sql("SELECT vote_count FROM submission WHERE id = :q")
                .param("q", questionId)
                .query(Integer.class)
                .single();
    }

    Set<Long> votedBy(long accountId, Collection<Long> questionIds) {
        if (questionIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.sql("SELECT question_id FROM vote WHERE account_id = :a AND question_id IN (:ids)")
                .param("a", accountId)
                .param("ids", questionIds)
                .query(Long.class)
                .list());
    }
}
