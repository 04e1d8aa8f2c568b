package org.citizendialogue.statistics;

import java.util.OptionalDouble;

/**
 * The askers' verdicts on answers as counts; the satisfaction rate is satisfied plus half of
 * partly over the rated answers, shown only from {@link Share#SMALL} ratings on (else the counts).
 */
public record Satisfaction(long satisfied, long partly, long notSatisfied) {

    public long ratings() {
        return satisfied + partly + notSatisfied;
    }

    public boolean small() {
        return ratings() < Share.SMALL;
    }

    public OptionalDouble percent() {
        return small() ? OptionalDouble.empty() : OptionalDouble.of(100.0 * (satisfied + partly / 2.0) / ratings());
    }
}
