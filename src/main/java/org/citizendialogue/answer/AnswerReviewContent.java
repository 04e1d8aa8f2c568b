package org.citizendialogue.answer;

import org.citizendialogue.report.OpenReports;

/** A published answer as the moderators' review shows it, before its reports are added. */
record AnswerReviewContent(
        long id, long questionId, String bureauName, String body, boolean hidden, String hiddenReason) {

    AnswerReviewItem withReports(OpenReports reports, int threshold) {
        return new AnswerReviewItem(
                id,
                questionId,
                bureauName,
                body,
                hidden,
                hiddenReason,
                reports.count(),
                reports.reasonList(),
                reports.count() >= threshold,
                reports.lastReportedAt());
    }

    AnswerReviewItem unreported() {
        return new AnswerReviewItem(id, questionId, bureauName, body, hidden, hiddenReason, 0, null, false, null);
    }
}
