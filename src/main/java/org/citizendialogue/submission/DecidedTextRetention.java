package org.citizendialogue.submission;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The retention of text that never reached the public record (issue 12, decision 024): the text
 * of rejected and withdrawn submissions decided before the cut-off is erased; the rows stay, so
 * the transparency page's counts do not change.
 */
@Component
public class DecidedTextRetention {

    private final JdbcClient jdbc;

    DecidedTextRetention(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Erases the texts now due and returns them, so that copies elsewhere (the audit log) go too. */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<String> eraseDecidedBefore(Instant cutoff) {
        record Due(long id, String body, String originalBody, String rejectionNote) {}
        var due = jdbc.sql("""
                SELECT id, body, original_body, rejection_note FROM submission
                WHERE status IN ('REJECTED', 'WITHDRAWN') AND COALESCE(decided_at, submitted_at) < ? AND body <> ''
                FOR UPDATE
                """).param(Timestamp.from(cutoff)).query(Due.class).list();
        var erased = new ArrayList<String>();
        for (var row : due) {
            erased.add(row.body());
            if (row.originalBody() != null) {
                erased.add(row.originalBody());
            }
            jdbc.sql(
                            "UPDATE submission SET body = '', original_body = NULL, rejection_note = NULL, version = version + 1 WHERE id = ?")
                    .param(row.id())
                    .update();
        }
        return erased;
    }
}
