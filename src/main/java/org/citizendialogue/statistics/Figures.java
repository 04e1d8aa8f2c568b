package org.citizendialogue.statistics;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;

import org.citizendialogue.submission.SubmissionStatus;

/**
 * The figures of a programme or a topic. Times are null where nothing was measured; the share is
 * null when no question is published.
 */
public record Figures(
        Map<SubmissionStatus, Long> byState,
        long questionsPublished,
        long questionsAnswered,
        Duration medianToDecision,
        Duration p90ToDecision,
        Duration medianToAnswer,
        Duration p90ToAnswer) {

    public Figures {
        var all = new EnumMap<SubmissionStatus, Long>(SubmissionStatus.class);
        for (var status : SubmissionStatus.values()) {
            all.put(status, byState.getOrDefault(status, 0L));
        }
        byState = Map.copyOf(all);
    }

    public long received() {
        return byState.values().stream().mapToLong(Long::longValue).sum();
    }

    public long count(SubmissionStatus status) {
        return byState.getOrDefault(status, 0L);
    }

    /** Answered published questions among all published questions, 0 to 1; null with none published. */
    public Double answeredShare() {
        return questionsPublished == 0 ? null : (double) questionsAnswered / questionsPublished;
    }
}
