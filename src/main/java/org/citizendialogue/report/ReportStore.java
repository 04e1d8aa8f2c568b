package org.citizendialogue.report;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The one {@code report} table, keyed by the kind of subject. A named exception to "aggregates
 * write" (decision 033): a report is an append-only row settled in bulk ("every open report on
 * this content is dismissed"), so it is written in SQL rather than loaded and saved one by one.
 */
@Repository
class ReportStore {

    private final JdbcClient jdbc;

    ReportStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** False when this resident already reported this content (unique per subject and reporter). */
    boolean add(ReportSubject kind, long subjectId, long reporterId, ReportReason reason, String detail, Instant at) {
        return jdbc.sql("INSERT IGNORE INTO report (" + kind.column() + """
                , reporter_id, reason, detail, reported_at) VALUES (:s, :r, :reason, :detail, :at)
                """)
                        .param("s", subjectId)
                        .param("r", reporterId)
                        .param("reason", reason.name())
                        .param("detail", detail)
                        .param("at", at)
                        .update()
                == 1;
    }

    /** Open reports on the content; one per resident, so this counts distinct residents. */
    int openReporters(ReportSubject kind, long subjectId) {
        return jdbc.sql("SELECT COUNT(DISTINCT reporter_id) FROM report WHERE " + kind.column()
                        + " = :s AND resolved_at IS NULL")
                .param("s", subjectId)
                .query(Integer.class)
                .single();
    }

    void resolve(ReportSubject kind, long subjectId, String resolution, long moderatorId, Instant at) {
        jdbc.sql("UPDATE report SET resolution = :res, resolved_at = :at, resolved_by = :m WHERE " + kind.column()
                        + " = :s AND resolved_at IS NULL")
                .param("res", resolution)
                .param("at", at)
                .param("m", moderatorId)
                .param("s", subjectId)
                .update();
    }

    /** The content of this kind with open reports: most reporters first, then the latest report, then newest. */
    List<OpenReports> open(ReportSubject kind, int limit) {
        var column = kind.column();
        return jdbc.sql("SELECT " + column + " subject_id, COUNT(*) count,"
                        + " GROUP_CONCAT(DISTINCT reason ORDER BY reason) reason_list, MAX(reported_at) last_reported_at"
                        + " FROM report WHERE " + column + " IS NOT NULL AND resolved_at IS NULL GROUP BY " + column
                        + " ORDER BY count DESC, last_reported_at DESC, subject_id DESC LIMIT :limit")
                .param("limit", limit)
                .query(OpenReports.class)
                .list();
    }

    /** The texts typed with the open reports on these subjects, oldest first; one query for a page. */
    List<ReportNote> openNotes(ReportSubject kind, Collection<Long> subjectIds) {
        if (subjectIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT " + kind.column() + " subject_id, reason, detail, reported_at FROM report WHERE "
                        + kind.column()
                        + " IN (:ids) AND resolved_at IS NULL AND detail IS NOT NULL AND detail <> ''"
                        + " ORDER BY reported_at, id")
                .param("ids", subjectIds)
                .query(ReportNote.class)
                .list();
    }
}
