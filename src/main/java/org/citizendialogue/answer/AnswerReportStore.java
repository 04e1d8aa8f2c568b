package org.citizendialogue.answer;

import java.time.Instant;
import java.util.List;

import org.citizendialogue.submission.ReportReason;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Residents' reports on official answers, in plain SQL: one per resident and answer. */
@Component
class AnswerReportStore {

    private final JdbcClient jdbc;

    AnswerReportStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** False when this resident already reported this answer. */
    boolean add(long answerId, long reporterId, ReportReason reason, String detail, Instant at) {
        return jdbc.sql("""
                INSERT IGNORE INTO answer_report (answer_id, reporter_id, reason, detail, reported_at)
                VALUES (:a, :r, :reason, :detail, :at)
                """)
                        .param("a", answerId)
                        .param("r", reporterId)
                        .param("reason", reason.name())
                        .param("detail", detail)
                        .param("at", at)
                        .update()
                == 1;
    }

    /** Open reports on an answer; one per resident, so this counts distinct residents. */
    int openReporters(long answerId) {
        return jdbc.sql(
                        "SELECT COUNT(DISTINCT reporter_id) FROM answer_report WHERE answer_id = :a AND resolved_at IS NULL")
                .param("a", answerId)
                .query(Integer.class)
                .single();
    }

    void resolve(long answerId, String resolution, long moderatorId, Instant at) {
        jdbc.sql("""
                UPDATE answer_report SET resolution = :res, resolved_at = :at, resolved_by = :m
                WHERE answer_id = :a AND resolved_at IS NULL
                """)
                .param("res", resolution)
                .param("at", at)
                .param("m", moderatorId)
                .param("a", answerId)
                .update();
    }

    /** Reported or hidden answers: flagged ones (open reports at the threshold) first, then most reported. */
    List<AnswerReviewItem> review(int threshold, int offset, int limit) {
        return jdbc.sql("""
                SELECT a.id, a.question_id, COALESCE(a.bureau_name, a.bureau_name_zh) bureau_name,
                       CONCAT_WS('\n\n', a.body_zh, a.body) body, (a.hidden_at IS NOT NULL) hidden, a.hidden_reason,
                       COUNT(r.id) open_reports, GROUP_CONCAT(DISTINCT r.reason ORDER BY r.reason) reasons,
                       (COUNT(r.id) >= :threshold) flagged, MAX(r.reported_at) last_reported_at
                FROM answer a LEFT JOIN answer_report r ON r.answer_id = a.id AND r.resolved_at IS NULL
                WHERE a.status = 'PUBLISHED'
                  AND (a.hidden_at IS NOT NULL
                       OR EXISTS (SELECT 1 FROM answer_report o WHERE o.answer_id = a.id AND o.resolved_at IS NULL))
                GROUP BY a.id
                ORDER BY flagged DESC, open_reports DESC, last_reported_at DESC, a.id DESC LIMIT :limit OFFSET :offset
                """)
                .param("threshold", threshold)
                .param("limit", limit)
                .param("offset", offset)
                .query(AnswerReviewItem.class)
                .list();
    }
}
