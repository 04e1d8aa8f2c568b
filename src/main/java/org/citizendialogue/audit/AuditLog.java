package org.citizendialogue.audit;

import java.time.Clock;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Writes and reads the audit trail. Writing joins the caller's transaction: no action without its entry. */
@Service
public class AuditLog {

    private static final int STATE_MAX = 2000;
    private static final int DETAIL_MAX = 1000;

    private final JdbcClient jdbc;
    private final Clock clock;

    AuditLog(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void record(AuditRecord r) {
        jdbc.sql("""
                INSERT INTO audit_entry (at, actor_id, actor_name, action, target_type, target_id, before_state, after_state, detail)
                VALUES (:at, :actor, :name, :action, :type, :target, :before, :after, :detail)
                """)
                .param("at", java.sql.Timestamp.from(clock.instant()))
                .param("actor", r.actorId()).param("name", r.actorName()).param("action", r.action())
                .param("type", r.targetType()).param("target", r.targetId())
                .param("before", clip(r.before(), STATE_MAX)).param("after", clip(r.after(), STATE_MAX))
                .param("detail", clip(r.detail(), DETAIL_MAX))
                .update();
    }

    /** The trail of one thing, oldest first. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('MODERATOR', 'ADMIN')")
    public List<AuditEntry> trailOf(String targetType, long targetId) {
        return jdbc.sql("SELECT * FROM audit_entry WHERE target_type = :type AND target_id = :id ORDER BY at, id")
                .param("type", targetType).param("id", targetId).query(AuditEntry.class).list();
    }

    /** What one person did, newest first, at most {@code limit} entries. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN')")
    public List<AuditEntry> byActor(long actorId, int limit) {
        return jdbc.sql("SELECT * FROM audit_entry WHERE actor_id = :actor ORDER BY at DESC, id DESC LIMIT :limit")
                .param("actor", actorId).param("limit", Math.clamp(limit, 1, 200)).query(AuditEntry.class).list();
    }

    private static String clip(String text, int max) {
        if (text == null || text.codePointCount(0, text.length()) <= max) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, max - 1)) + "…";
    }
}
