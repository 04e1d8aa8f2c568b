package org.citizendialogue.submission;

import java.time.Duration;
import java.util.Map;

/**
 * A programme's moderation in figures, for everyone: aggregates only, no text and no names.
 * The median is null while nothing has been decided. Rejections are counted by reason code, every
 * reason of the managed list in its order (zero included), then any other code found.
 */
public record Transparency(
        long received,
        long published,
        Map<String, Long> rejectedByReason,
        long hiddenAfterReports,
        Duration medianDecision) {

    public long rejected() {
        return rejectedByReason.values().stream().mapToLong(Long::longValue).sum();
    }
}
