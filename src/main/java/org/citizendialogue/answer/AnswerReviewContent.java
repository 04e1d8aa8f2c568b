package org.citizendialogue.answer;

import org.citizendialogue.report.OpenReports;
import org.citizendialogue.shared.Bilingual;

/** A published answer as the moderators' review shows it, before its reports are added. */
record AnswerReviewContent(
        long id,
        long questionId,
        String bureauName,
        String bureauNameZh,
        String body,
        boolean hidden,
        String hiddenReason) {

    AnswerReviewItem withReports(OpenReports reports, int threshold) {
        return new AnswerReviewItem(
                id,
                questionId,
                Bilingual.of(bureauNameZh, bureauName),
                body,
                hidden,
                hiddenReason,
                reports.count(),
                reports.reasonList(),
                reports.count() >= threshold,
                reports.lastReportedAt());
    }

    AnswerReviewItem unreported() {
        return withReports(new OpenReports(id, 0, null, null), Integer.MAX_VALUE);
    }
}
