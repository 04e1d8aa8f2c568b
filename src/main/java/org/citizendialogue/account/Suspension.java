package org.citizendialogue.account;

import java.time.Instant;

/** A suspension in force: whose, why, since and until when, and who decided it. */
public record Suspension(
        long id,
        long accountId,
        String accountName,
        String reason,
        Instant startsAt,
        Instant untilAt,
        String suspendedByName) {

    public static final int REASON_MAX = 500;
}
