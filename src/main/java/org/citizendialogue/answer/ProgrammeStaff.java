package org.citizendialogue.answer;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Which staff answer for which programme; a staff member with no assignment answers for none. */
@Component
class ProgrammeStaff {

    private final JdbcClient jdbc;

    ProgrammeStaff(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Long> programmesOf(long accountId) {
        return jdbc.sql("SELECT dialogue_id FROM programme_staff WHERE account_id = :a ORDER BY dialogue_id")
                .param("a", accountId).query(Long.class).list();
    }

    boolean answersFor(long accountId, long dialogueId) {
        return jdbc.sql("SELECT COUNT(*) FROM programme_staff WHERE account_id = :a AND dialogue_id = :d")
                .param("a", accountId).param("d", dialogueId).query(Long.class).single() > 0;
    }

    void assign(long dialogueId, long accountId) {
        jdbc.sql("INSERT IGNORE INTO programme_staff (dialogue_id, account_id) VALUES (:d, :a)")
                .param("d", dialogueId).param("a", accountId).update();
    }
}
