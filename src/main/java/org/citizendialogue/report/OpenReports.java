package org.citizendialogue.report;

import java.time.Instant;
import java.util.List;

/**
 * The open reports on one piece of content: how many residents (one report each), the distinct
 * reasons they gave, and when the last came in.
 */
public record OpenReports(long subjectId, int count, String reasonList, Instant lastReportedAt) {

    /** The distinct reasons, in the order of their names. */
    public List<ReportReason> reasons() {
        return ReportReason.listOf(reasonList);
    }
}
