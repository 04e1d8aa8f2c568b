package org.citizendialogue.submission;

import java.time.Duration;
import java.util.Map;

/**
 * A programme's moderation in figures, for everyone: aggregates only, no text and no names.
 * The median is null while nothing has been decided.
 */
public record Transparency(long received, long published, Map<RejectionReason, Long> rejectedByReason,
        long hiddenAfterReports, Duration medianDecision) {

    public long rejected() {
        return rejectedByReason.values().stream().mapToLong(Long::longValue).sum();
    }
}
