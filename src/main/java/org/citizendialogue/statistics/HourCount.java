package org.citizendialogue.statistics;

import java.time.Instant;

/** How many submissions arrived in the hour that starts at {@code hour} (UTC, whole hours). */
public record HourCount(Instant hour, long count) {}
