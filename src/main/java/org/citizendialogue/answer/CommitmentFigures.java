package org.citizendialogue.answer;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Commitments of public answers as figures for the scorecard (issue 17, part 2): due dates and
 * status only, never text.
 */
@Service
@Transactional(readOnly = true)
public class CommitmentFigures {

    /** A commitment due on a day; {@code changedAt}: when its status last changed (for a DONE one, when it was done). */
    public record Due(
            long commitmentId,
            long questionId,
            long dialogueId,
            LocalDate dueDate,
            CommitmentStatus status,
            Instant changedAt) {}

    private final JdbcClient jdbc;

    CommitmentFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The commitments of published, visible answers due between the two days (both included). */
    public List<Due> dueBetween(LocalDate first, LocalDate last) {
        return jdbc.sql("""
                SELECT c.id commitment_id, c.question_id, a.dialogue_id, c.due_date, c.status, c.updated_at changed_at
                FROM commitment c JOIN answer a ON a.id = c.answer_id
                WHERE a.status = 'PUBLISHED' AND a.hidden_at IS NULL AND c.due_date BETWEEN :first AND :last
                """)
                .param("first", first)
                .param("last", last)
                .query(Due.class)
                .list();
    }
}
