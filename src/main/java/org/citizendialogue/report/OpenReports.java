package org.citizendialogue.report;

import java.time.Instant;

/**
 * The open reports on one piece of content: how many residents (one report each), the distinct
 * reasons they gave, and when the last came in.
 */
public record OpenReports(long subjectId, int count, String reasonList, Instant lastReportedAt) {}
