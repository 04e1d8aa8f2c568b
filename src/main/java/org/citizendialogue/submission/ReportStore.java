package org.citizendialogue.submission;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Residents' reports and the moderation figures, in plain SQL. */
@Component
class ReportStore {

    private final JdbcClient jdbc;

    ReportStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** False when this resident already reported this submission (unique per pair). */
    boolean add(long submissionId, long reporterId, ReportReason reason, String detail, Instant at) {
        return jdbc.sql("""
                INSERT IGNORE INTO report (submission_id, reporter_id, reason, detail, reported_at)
                VALUES (:s, :r, :reason, :detail, :at)
                """)
                        .param("s", submissionId)
                        .param("r", reporterId)
                        .param("reason", reason.name())
                        .param("detail", detail)
                        .param("at", at)
                        .update()
                == 1;
    }

    /** Open reports on a submission; one per resident, so this counts distinct residents. */
    int openReporters(long submissionId) {
        return jdbc.sql(
                        "SELECT COUNT(DISTINCT reporter_id) FROM report WHERE submission_id = :s AND resolved_at IS NULL")
                .param("s", submissionId)
                .query(Integer.class)
                .single();
    }

    void resolve(long submissionId, String resolution, long moderatorId, Instant at) {
        jdbc.sql("""
                UPDATE report SET resolution = :res, resolved_at = :at, resolved_by = :m
                WHERE submission_id = :s AND resolved_at IS NULL
                """)
                .param("res", resolution)
                .param("at", at)
                .param("m", moderatorId)
                .param("s", submissionId)
                .update();
    }

    List<ReviewItem> review(int offset, int limit) {
        return jdbc.sql("""
                SELECT s.id, s.kind, s.status, s.topic_id, s.author_name, s.body, s.hidden_by_reports, s.hidden_reason,
                       COUNT(r.id) open_reports, GROUP_CONCAT(DISTINCT r.reason ORDER BY r.reason) reasons,
                       MAX(r.reported_at) last_reported_at
                FROM submission s LEFT JOIN report r ON r.submission_id = s.id AND r.resolved_at IS NULL
                WHERE s.status = 'HIDDEN'
                   OR (s.status = 'PUBLISHED' AND EXISTS (SELECT 1 FROM report o WHERE o.submission_id = s.id AND o.resolved_at IS NULL))
                GROUP BY s.id
                ORDER BY open_reports DESC, last_reported_at DESC, s.id DESC LIMIT :limit OFFSET :offset
                """)
                .param("limit", limit)
                .param("offset", offset)
                .query(ReviewItem.class)
                .list();
    }

    /** The texts typed with the open reports on these submissions, oldest first; one query for a page. */
    List<ReportNote> openNotes(Collection<Long> submissionIds) {
        if (submissionIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                SELECT submission_id, reason, detail, reported_at FROM report
                WHERE submission_id IN (:ids) AND resolved_at IS NULL AND detail IS NOT NULL AND detail <> ''
                ORDER BY reported_at, id
                """).param("ids", submissionIds).query(ReportNote.class).list();
    }

    Transparency transparency(long dialogueId) {
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
