package org.citizendialogue.submission;

import java.time.Instant;

/**
 * Published or hidden content that needs a moderator's look: open reports against it, or hidden
 * and waiting to be restored. The reasons are the distinct report reasons, comma separated.
 */
public record ReviewItem(
        long id,
        SubmissionKind kind,
        SubmissionStatus status,
        long topicId,
        String authorName,
        String body,
        boolean hiddenByReports,
        String hiddenReason,
        int openReports,
        String reasons,
        Instant lastReportedAt) {}
