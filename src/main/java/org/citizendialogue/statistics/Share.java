package org.citizendialogue.statistics;

import java.util.OptionalDouble;

/**
 * A part of a whole, for a scorecard rate. The small-number rule (issue 17): below
 * {@link #SMALL} in the whole, a rate is shown as the counts, never as a percentage.
 */
public record Share(long part, long whole) {

    public static final int SMALL = 10;

    public boolean small() {
        return whole < SMALL;
    }

    /** The percentage, unless the whole is too small for one. */
    public OptionalDouble percent() {
        return small() ? OptionalDouble.empty() : OptionalDouble.of(100.0 * part / whole);
    }
}
