package org.citizendialogue.answer;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The on-air moments of questions; the open one of a programme is "now answering". */
@Component
class OnAirStore {

    private final JdbcClient jdbc;

    OnAirStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<OnAir> current(long dialogueId) {
        return jdbc.sql("""
                SELECT question_id, dialogue_id, started_at, ended_at FROM on_air
                WHERE dialogue_id = :d AND ended_at IS NULL ORDER BY started_at DESC, id DESC LIMIT 1
                """).param("d", dialogueId).query(OnAir.class).optional();
    }

    /** Ends the current moment, if any (locking it, so two operators never both end it). */
    void endCurrent(long dialogueId, Instant at) {
        jdbc.sql("SELECT id FROM on_air WHERE dialogue_id = :d AND ended_at IS NULL FOR UPDATE")
                .param("d", dialogueId)
                .query(Long.class)
                .list();
        jdbc.sql("UPDATE on_air SET ended_at = :at WHERE dialogue_id = :d AND ended_at IS NULL")
                .param("at", Timestamp.from(at))
                .param("d", dialogueId)
                .update();
    }

    void start(long dialogueId, long questionId, long accountId, Instant at) {
        jdbc.sql("INSERT INTO on_air (dialogue_id, question_id, started_at, started_by) VALUES (:d, :q, :at, :by)")
                .param("d", dialogueId)
                .param("q", questionId)
                .param("at", Timestamp.from(at))
                .param("by", accountId)
                .update();
    }

    /** The first time each question went on air. */
    Map<Long, OnAir> firstMoments(Collection<Long> questionIds) {
        if (questionIds.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("""
                SELECT o.question_id, o.dialogue_id, o.started_at, o.ended_at FROM on_air o
                WHERE o.question_id IN (:ids) AND o.started_at = (
                    SELECT MIN(f.started_at) FROM on_air f WHERE f.question_id = o.question_id)
                """).param("ids", questionIds).query(OnAir.class).stream()
                .collect(Collectors.toMap(OnAir::questionId, Function.identity(), (a, b) -> a));
    }
}
