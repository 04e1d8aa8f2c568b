package org.citizendialogue.audit;

/** One action to record: who did what to which thing, and how it looked before and after. */
public record AuditRecord(
        long actorId,
        String actorName,
        String action,
        String targetType,
        long targetId,
        String before,
        String after,
        String detail) {}
