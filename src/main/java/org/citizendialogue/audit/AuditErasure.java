package org.citizendialogue.audit;

import java.util.Collection;

import org.citizendialogue.shared.PersonalDataEraser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * What deleting an account does to the audit log (issue 12, decision 024): every entry keeps its
 * action, its time and the account's id, but not who it was. The person's name becomes
 * {@code #<id>} where they acted; their e-mail address goes from every entry; their name goes
 * from the entries about them; each text erased from the other modules (an unpublished question,
 * a redacted original) goes wherever the log kept a copy. A short text (under
 * {@value #SHORT} code points) is taken out only where it is the whole value, so that a one-word
 * comment does not blank that word in other people's entries.
 */
@Component
public class AuditErasure implements PersonalDataEraser {

    static final int SHORT = 12;
    private static final String[] COLUMNS = {"before_state", "after_state", "detail"};

    private final JdbcClient jdbc;

    AuditErasure(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public int erasureOrder() {
        return 90;
    }

    @Override
    public void erase(Erasure erasure) {
        var id = erasure.accountId();
        jdbc.sql("UPDATE audit_entry SET actor_name = CONCAT('#', actor_id) WHERE actor_id = ?")
                .param(id)
                .update();
        replaceEverywhere(erasure.email());
        if (erasure.displayName() != null && !erasure.displayName().isEmpty()) {
            for (var column : COLUMNS) {
                jdbc.sql("UPDATE audit_entry SET " + column + " = REPLACE(" + column + ", :text, :mark) "
                                + "WHERE (actor_id = :id OR target_type = 'ACCOUNT' AND target_id = :id) AND LOCATE(:text, "
                                + column + ") > 0")
                        .param("text", erasure.displayName())
                        .param("mark", Erasure.MARK)
                        .param("id", id)
                        .update();
            }
        }
        eraseCopies(erasure.erasedTexts());
    }

    /** Takes each text out of every entry that kept a copy (the retention job's erased texts, too). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void eraseCopies(Collection<String> texts) {
        texts.stream().distinct().forEach(this::replaceEverywhere);
    }

    private void replaceEverywhere(String text) {
        if (text == null || text.isBlank()) {
            return;
        }
        boolean whole = text.codePointCount(0, text.length()) < SHORT;
        for (var column : COLUMNS) {
            var sql = whole
                    ? "UPDATE audit_entry SET " + column + " = :mark WHERE " + column + " = :text"
                    : "UPDATE audit_entry SET " + column + " = REPLACE(" + column
                            + ", :text, :mark) WHERE LOCATE(:text, " + column + ") > 0";
            jdbc.sql(sql).param("text", text).param("mark", Erasure.MARK).update();
        }
    }
}
