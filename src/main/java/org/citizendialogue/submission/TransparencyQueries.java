package org.citizendialogue.submission;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A programme's moderation in aggregate figures (transparency), in plain SQL. */
@Component
class TransparencyQueries {

    private final JdbcClient jdbc;

    TransparencyQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Transparency of(long dialogueId) {
        var counts = jdbc.sql("""
                SELECT SUM(status <> 'WITHDRAWN') received, SUM(status = 'PUBLISHED') published,
                       SUM(status = 'HIDDEN' AND hidden_by_reports) hidden
                FROM submission WHERE dialogue_id = :d
                """)
                .param("d", dialogueId)
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)})
                .single();
        Map<String, Long> rejected = new LinkedHashMap<>();
        jdbc.sql("SELECT code FROM rejection_reason ORDER BY position, id")
                .query(String.class)
                .list()
                .forEach(code -> rejected.put(code, 0L));
        jdbc.sql("""
                SELECT rejection_reason, COUNT(*) FROM submission
                WHERE dialogue_id = :d AND status = 'REJECTED' GROUP BY rejection_reason
                """)
                .param("d", dialogueId)
                .query((rs, n) -> Map.entry(Objects.requireNonNullElse(rs.getString(1), "OTHER"), rs.getLong(2)))
                .list()
                .forEach(e -> rejected.put(e.getKey(), e.getValue()));
        var seconds = jdbc.sql("""
                SELECT TIMESTAMPDIFF(SECOND, submitted_at, decided_at) FROM submission
                WHERE dialogue_id = :d AND decided_at IS NOT NULL ORDER BY 1
                """).param("d", dialogueId).query(Long.class).list();
        Duration median = null;
        if (!seconds.isEmpty()) {
            int n = seconds.size();
            long mid = n % 2 == 1 ? seconds.get(n / 2) : (seconds.get(n / 2 - 1) + seconds.get(n / 2)) / 2;
            median = Duration.ofSeconds(mid);
        }
        return new Transparency(counts[0], counts[1], rejected, counts[2], median);
    }
}
