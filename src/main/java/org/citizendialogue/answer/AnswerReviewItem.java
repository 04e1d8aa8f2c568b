package org.citizendialogue.answer;

import java.time.Instant;

import org.citizendialogue.shared.Bilingual;

/**
 * A published answer that needs a moderator's look: open reports against it, or hidden and
 * waiting to be restored. {@code flagged}: distinct residents' open reports reached the report
 * threshold, so it is urgent (an official answer is never hidden by reports alone). The reasons
 * are the distinct report reasons, comma separated.
 */
public record AnswerReviewItem(
        long id,
        long questionId,
        Bilingual bureau,
        String body,
        boolean hidden,
        String hiddenReason,
        int openReports,
        String reasons,
        boolean flagged,
        Instant lastReportedAt) {}
