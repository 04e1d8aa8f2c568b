package org.citizendialogue.submission;

import java.time.Instant;

/** One of the signed-in resident's own submissions, in any state; mergedInto: the question a merged one joined. */
public record MySubmission(
        long id,
        SubmissionKind kind,
        long topicId,
        Long questionId,
        String body,
        SubmissionStatus status,
        Instant submittedAt,
        Instant decidedAt,
        String rejectionReason,
        Instant answeredAt,
        Long mergedInto) {}
