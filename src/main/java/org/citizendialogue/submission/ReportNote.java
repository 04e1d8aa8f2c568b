package org.citizendialogue.submission;

import java.time.Instant;

/** What a resident wrote when reporting a submission: for moderators only, never public. */
public record ReportNote(long submissionId, ReportReason reason, String detail, Instant reportedAt) {}
