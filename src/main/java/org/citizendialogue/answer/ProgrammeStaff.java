package org.citizendialogue.answer;

import java.util.List;

import org.citizendialogue.programme.StaffAssignments;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Which staff answer for which programme; a staff member with no assignment answers for none. */
@Component
class ProgrammeStaff implements StaffAssignments {

    private final JdbcClient jdbc;

    ProgrammeStaff(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Long> programmesOf(long accountId) {
        return jdbc.sql("SELECT dialogue_id FROM programme_staff WHERE account_id = :a ORDER BY dialogue_id")
                .param("a", accountId)
                .query(Long.class)
                .list();
    }

    @Override
    public boolean answersFor(long accountId, long dialogueId) {
        return jdbc.sql("SELECT COUNT(*) FROM programme_staff WHERE account_id = :a AND dialogue_id = :d")
                        .param("a", accountId)
                        .param("d", dialogueId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    List<Long> staffOf(long dialogueId) {
        return jdbc.sql("SELECT account_id FROM programme_staff WHERE dialogue_id = :d ORDER BY account_id")
                .param("d", dialogueId)
                .query(Long.class)
                .list();
    }

    /** Whether a row was added (false when the staff member already answered for it). */
    boolean assign(long dialogueId, long accountId) {
        return jdbc.sql("INSERT IGNORE INTO programme_staff (dialogue_id, account_id) VALUES (:d, :a)")
                        .param("d", dialogueId)
                        .param("a", accountId)
                        .update()
                > 0;
    }

    boolean unassign(long dialogueId, long accountId) {
        return jdbc.sql("DELETE FROM programme_staff WHERE dialogue_id = :d AND account_id = :a")
                        .param("d", dialogueId)
                        .param("a", accountId)
                        .update()
                > 0;
    }
}
