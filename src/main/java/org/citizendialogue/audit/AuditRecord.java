package org.citizendialogue.audit;

/**
 * One action to record: who did what to which thing, and how it looked before and after; and, when
 * the thing belongs to a programme, which one (dialogueId, null otherwise), so that the audit view
 * filters by programme without reading other modules' tables. Callers that know the programme say
 * so with {@link #inProgramme(long)}; for a programme itself the target is the programme; for the
 * rest {@link AuditLog} asks the module owning the subject ({@link org.citizendialogue.shared.ProgrammeOfSubject}).
 */
public record AuditRecord(
        long actorId,
        String actorName,
        String action,
        String targetType,
        long targetId,
        String before,
        String after,
        String detail,
        Long dialogueId) {

    /** An action on something of no programme, or whose programme {@link AuditLog} finds itself. */
    public AuditRecord(
            long actorId,
            String actorName,
            String action,
            String targetType,
            long targetId,
            String before,
            String after,
            String detail) {
        this(actorId, actorName, action, targetType, targetId, before, after, detail, null);
    }

    /** The same action, filed under the programme the caller knows its subject belongs to. */
    public AuditRecord inProgramme(long programmeId) {
        return new AuditRecord(actorId, actorName, action, targetType, targetId, before, after, detail, programmeId);
    }
}
