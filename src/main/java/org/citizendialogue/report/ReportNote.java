package org.citizendialogue.report;

import java.time.Instant;

/** What a resident wrote when reporting content: for moderators only, never public. */
public record ReportNote(long subjectId, ReportReason reason, String detail, Instant reportedAt) {}
