package org.citizendialogue.audit;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.citizendialogue.shared.ProgrammeOfSubject;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes and reads the audit trail. Writing joins the caller's transaction: no action without its
 * entry. Every entry carries the programme it is about when there is one (given by the caller, the
 * target itself for a programme, or else told by the module owning the subject through
 * {@link ProgrammeOfSubject}); reading touches the audit table only.
 */
@Service
public class AuditLog {

    private static final int STATE_MAX = 2000;
    private static final int DETAIL_MAX = 1000;

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Map<String, ProgrammeOfSubject> programmes;

    AuditLog(JdbcClient jdbc, Clock clock, List<ProgrammeOfSubject> programmes) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.programmes = programmes.stream()
                .collect(Collectors.toUnmodifiableMap(ProgrammeOfSubject::targetType, Function.identity()));
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void record(AuditRecord r) {
        jdbc.sql("""
                INSERT INTO audit_entry (at, actor_id, actor_name, action, target_type, target_id, dialogue_id,
                                         before_state, after_state, detail)
                VALUES (:at, :actor, :name, :action, :type, :target, :dialogue, :before, :after, :detail)
                """)
                .param("at", Timestamp.from(clock.instant()))
                .param("actor", r.actorId())
                .param("name", r.actorName())
                .param("action", r.action())
                .param("type", r.targetType())
                .param("target", r.targetId())
                .param("dialogue", programmeOf(r))
                .param("before", clip(r.before(), STATE_MAX))
                .param("after", clip(r.after(), STATE_MAX))
                .param("detail", clip(r.detail(), DETAIL_MAX))
                .update();
    }

    private Long programmeOf(AuditRecord r) {
        if (r.dialogueId() != null) {
            return r.dialogueId();
        }
        if ("DIALOGUE".equals(r.targetType())) {
            return r.targetId();
        }
        var owner = programmes.get(r.targetType());
        return owner == null ? null : owner.programmeOf(r.targetId()).orElse(null);
    }

    /** The trail of one thing, oldest first. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('MODERATOR', 'ADMIN')")
    public List<AuditEntry> trailOf(String targetType, long targetId) {
        return jdbc.sql("SELECT * FROM audit_entry WHERE target_type = :type AND target_id = :id ORDER BY at, id")
                .param("type", targetType)
                .param("id", targetId)
                .query(AuditEntry.class)
                .list();
    }

    /** What one person did, newest first, at most {@code limit} entries. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN')")
    public List<AuditEntry> byActor(long actorId, int limit) {
        return jdbc.sql("SELECT * FROM audit_entry WHERE actor_id = :actor ORDER BY at DESC, id DESC LIMIT :limit")
                .param("actor", actorId)
                .param("limit", Math.clamp(limit, 1, 200))
                .query(AuditEntry.class)
                .list();
    }

    /**
     * Entries that match the query, newest first, one page at a time (at most {@value #PAGE_MAX}):
     * the audit log view for moderators and admins.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('MODERATOR', 'ADMIN')")
    public List<AuditEntry> search(AuditQuery query, int offset, int limit) {
        var where = where(query);
        var spec = jdbc.sql("SELECT e.* FROM audit_entry e WHERE " + where.sql()
                        + " ORDER BY e.at DESC, e.id DESC LIMIT :limit OFFSET :offset")
                .param("limit", Math.clamp(limit, 1, PAGE_MAX))
                .param("offset", Math.max(0, offset));
        for (var p : where.params().entrySet()) {
            spec = spec.param(p.getKey(), p.getValue());
        }
        return spec.query(AuditEntry.class).list();
    }

    /** How many entries match the query. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('MODERATOR', 'ADMIN')")
    public long count(AuditQuery query) {
        var where = where(query);
        var spec = jdbc.sql("SELECT COUNT(*) FROM audit_entry e WHERE " + where.sql());
        for (var p : where.params().entrySet()) {
            spec = spec.param(p.getKey(), p.getValue());
        }
        return spec.query(Long.class).single();
    }

    /** The kinds of action recorded so far, for the filter. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('MODERATOR', 'ADMIN')")
    public List<String> actions() {
        return jdbc.sql("SELECT DISTINCT action FROM audit_entry ORDER BY action")
                .query(String.class)
                .list();
    }

    public static final int PAGE_MAX = 200;

    private record Where(String sql, Map<String, Object> params) {}

    // Only fixed fragments are joined; every value travels as a parameter.
    private static Where where(AuditQuery q) {
        var sql = new StringBuilder("1 = 1");
        var params = new HashMap<String, Object>();
        if (q.action() != null && !q.action().isBlank()) {
            sql.append(" AND e.action = :action");
            params.put("action", q.action());
        }
        if (q.actor() != null && !q.actor().isBlank()) {
            sql.append(" AND LOWER(e.actor_name) LIKE :actor ESCAPE '!'");
            var actor = clip(q.actor().strip(), AuditQuery.ACTOR_MAX)
                    .toLowerCase(Locale.ROOT)
                    .replace("!", "!!")
                    .replace("%", "!%")
                    .replace("_", "!_");
            params.put("actor", "%" + actor + "%");
        }
        if (q.from() != null) {
            sql.append(" AND e.at >= :from");
            params.put("from", Timestamp.from(q.from()));
        }
        if (q.to() != null) {
            sql.append(" AND e.at < :to");
            params.put("to", Timestamp.from(q.to()));
        }
        if (q.dialogueId() != null) {
            // each entry carries its programme (docs/decisions/033-one-persistence-rule.md)
            sql.append(" AND e.dialogue_id = :dialogue");
            params.put("dialogue", q.dialogueId());
        }
        return new Where(sql.toString(), params);
    }

    private static String clip(String text, int max) {
        if (text == null || text.codePointCount(0, text.length()) <= max) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, max - 1)) + "…";
    }
}
