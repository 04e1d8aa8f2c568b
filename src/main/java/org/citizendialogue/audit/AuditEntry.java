package org.citizendialogue.audit;

import java.time.Instant;

/** A recorded action, as the audit views list it. */
public record AuditEntry(
        long id,
        Instant at,
        Long actorId,
        String actorName,
        String action,
        String targetType,
        long targetId,
        String beforeState,
        String afterState,
        String detail) {}
