package org.citizendialogue.statistics;

import java.time.Duration;
import java.util.Collection;

/**
 * Percentiles of durations by linear interpolation between the closest ranks (as SQL's
 * PERCENTILE_CONT): the median of 10 and 20 minutes is 15 minutes. Rounded to the second.
 */
final class Percentile {

    private Percentile() {}

    /** The p-th percentile (0 to 1) of the seconds, or null for none. */
    static Duration of(Collection<Long> seconds, double p) {
        if (seconds.isEmpty()) {
            return null;
        }
        var sorted = seconds.stream().mapToLong(Long::longValue).sorted().toArray();
        double rank = p * (sorted.length - 1);
        int lo = (int) Math.floor(rank);
        int hi = (int) Math.ceil(rank);
        double value = sorted[lo] + (sorted[hi] - sorted[lo]) * (rank - lo);
        return Duration.ofSeconds(Math.round(value));
    }
}
