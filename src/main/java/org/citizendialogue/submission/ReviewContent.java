package org.citizendialogue.submission;

import org.citizendialogue.report.OpenReports;

/** A published or hidden submission as the moderators' review shows it, before its reports are added. */
record ReviewContent(
        long id,
        SubmissionKind kind,
        SubmissionStatus status,
        long topicId,
        String authorName,
        String body,
        boolean hiddenByReports,
        String hiddenReason) {

    ReviewItem withReports(OpenReports reports) {
        return new ReviewItem(
                id,
                kind,
                status,
                topicId,
                authorName,
                body,
                hiddenByReports,
                hiddenReason,
                reports.count(),
                reports.reasonList(),
                reports.lastReportedAt());
    }

    ReviewItem unreported() {
        return new ReviewItem(
                id, kind, status, topicId, authorName, body, hiddenByReports, hiddenReason, 0, null, null);
    }
}
