package org.citizendialogue.shared;

import java.util.Optional;

/**
 * Which programme an audited subject belongs to, answered by the module that owns the subject's
 * table, for audit entries whose caller did not say (see {@code AuditRecord.inProgramme}). The audit
 * module depends on nothing but shared, so it asks through this interface.
 */
public interface ProgrammeOfSubject {

    /** The audit target type this answers for, e.g. {@code SUBMISSION}. */
    String targetType();

    /** The programme of that subject, if it exists. */
    Optional<Long> programmeOf(long targetId);
}
