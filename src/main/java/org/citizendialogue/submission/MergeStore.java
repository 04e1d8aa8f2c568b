package org.citizendialogue.submission;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The rows a merge moves, in plain SQL, inside the merging transaction. Votes are copied with
 * INSERT IGNORE on the vote table's primary key, so a resident who voted for both counts once;
 * the count is then recomputed from the vote table, never added up.
 */
@Component
class MergeStore {

    private final JdbcClient jdbc;

    MergeStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Locks both questions, lower id first, as voting does: a concurrent vote waits for the merge. */
    void lock(long a, long b) {
        jdbc.sql("SELECT id FROM submission WHERE id IN (:ids) ORDER BY id FOR UPDATE")
                .param("ids", List.of(a, b))
                .query(Long.class)
                .list();
    }

    /**
     * Moves the duplicate's votes to the original, leaving out the original's author (who may not
     * vote for their own question), and returns the original's new count.
     */
    int moveVotes(long duplicateId, long originalId, long originalAuthorId) {
        jdbc.sql("""
                INSERT IGNORE INTO vote (question_id, account_id, cast_at)
                SELECT :o, account_id, cast_at FROM vote WHERE question_id = :d AND account_id <> :author
                """)
                .param("o", originalId)
                .param("d", duplicateId)
                .param("author", originalAuthorId)
                .update();
        jdbc.sql("DELETE FROM vote WHERE question_id = :d")
                .param("d", duplicateId)
                .update();
        jdbc.sql("UPDATE submission SET vote_count = 0 WHERE id = :d")
                .param("d", duplicateId)
                .update();
        jdbc.sql("""
                UPDATE submission SET vote_count = (SELECT COUNT(*) FROM vote WHERE question_id = :o) WHERE id = :o
                """).param("o", originalId).update();
        return jdbc.sql("SELECT vote_count FROM submission WHERE id = :o")
                .param("o", originalId)
                .query(Integer.class)
                .single();
    }

    /** The duplicate's comments, in any state, belong to the original's thread from now on. */
    int moveComments(long duplicateId, long originalId, long originalTopicId) {
        return jdbc.sql("""
                UPDATE submission SET question_id = :o, topic_id = :t, version = version + 1
                WHERE question_id = :d AND kind = 'COMMENT'
                """)
                .param("o", originalId)
                .param("t", originalTopicId)
                .param("d", duplicateId)
                .update();
    }

    /** Questions merged earlier into the duplicate now point straight at the original: one hop, always. */
    void repointMerged(long duplicateId, long originalId) {
        jdbc.sql("UPDATE submission SET merged_into = :o WHERE merged_into = :d")
                .param("o", originalId)
                .param("d", duplicateId)
                .update();
    }
}
