package org.citizendialogue.statistics;

import java.time.LocalDateTime;

import org.citizendialogue.support.Fixtures;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A programme with known figures: made through {@link Fixtures}, its submissions written straight
 * into the tables with their past times (no service backdates a decision).
 */
public final class StatisticsTestFixture {

    private StatisticsTestFixture() {}

    /** A fresh OPEN programme with topics A ({@link Fixtures#TOPIC_SLUG}) and B (b) and six submissions; returns its slug. */
    public static String fixture(JdbcClient jdbc, Fixtures fixtures) {
        var programme = fixtures.programme("OPEN");
        var now = jdbc.sql("SELECT NOW(6)").query(LocalDateTime.class).single();
        long dialogue = programme.dialogueId();
        long a = programme.topicId();
        long b = fixtures.addTopic(programme, "b", "Topic B");
        // topic A: q1 decided after 1 h, answered 4 h after publication, one comment (decided after 10 min);
        // q2 decided after 30 min; q3 rejected after 1 h; q4 pending. Topic B: q5 decided after 2 h, answered 2 h
        // later.
        long q1 = insert(jdbc, dialogue, a, null, "QUESTION", "PUBLISHED", now, 10 * 3600, 9 * 3600, 5 * 3600L);
        insert(jdbc, dialogue, a, null, "QUESTION", "PUBLISHED", now, 8 * 3600, 7 * 3600 + 1800, null);
        insert(jdbc, dialogue, a, q1, "COMMENT", "PUBLISHED", now, 6 * 3600, 6 * 3600 - 600, null);
        insert(jdbc, dialogue, a, null, "QUESTION", "REJECTED", now, 3 * 3600, 2 * 3600, null);
        insert(jdbc, dialogue, a, null, "QUESTION", "PENDING", now, 3600, null, null);
        insert(jdbc, dialogue, b, null, "QUESTION", "PUBLISHED", now, 20 * 3600, 18 * 3600, 16 * 3600L);
        return programme.slug();
    }

    private static long insert(
            JdbcClient jdbc,
            long dialogue,
            long topic,
            Long question,
            String kind,
            String status,
            LocalDateTime now,
            long submittedAgo,
            Integer decidedAgo,
            Long answeredAgo) {
        jdbc.sql("""
                INSERT INTO submission (kind, dialogue_id, topic_id, question_id, author_id, author_name, body, status,
                                        submitted_at, decided_at, decided_by, rejection_reason, answered_at)
                VALUES (:kind, :d, :t, :q, 5, 'Zhao Lei', 'Fixture text', :status, :submitted, :decided, :by, :reason, :answered)
                """)
                .param("kind", kind)
                .param("d", dialogue)
                .param("t", topic)
                .param("q", question)
                .param("status", status)
                .param("submitted", now.minusSeconds(submittedAgo))
                .param("decided", decidedAgo == null ? null : now.minusSeconds(decidedAgo))
                .param("by", decidedAgo == null ? null : 2)
                .param("reason", "REJECTED".equals(status) ? "SPAM" : null)
                .param("answered", answeredAgo == null ? null : now.minusSeconds(answeredAgo))
                .update();
        return jdbc.sql("SELECT MAX(id) FROM submission").query(Long.class).single();
    }
}
