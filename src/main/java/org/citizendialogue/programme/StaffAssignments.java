package org.citizendialogue.programme;

import java.util.List;

/**
 * Which programmes a staff member answers for. The answer module keeps the assignments; the
 * programme lifecycle asks through this interface, so a staff member moves only their own
 * programmes (issue 11, finding 1) without the programme module depending on answers.
 */
public interface StaffAssignments {

    boolean answersFor(long accountId, long dialogueId);

    List<Long> programmesOf(long accountId);
}
