package org.citizendialogue.submission;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

import org.citizendialogue.audit.AuditLog;
import org.citizendialogue.audit.AuditRecord;
import org.citizendialogue.shared.CurrentUser;
import org.citizendialogue.shared.DomainException;
import org.citizendialogue.shared.NotFoundException;
import org.citizendialogue.shared.Texts;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The managed list of rejection reasons: admins add reasons, edit their public texts, deactivate
 * and reorder them; nobody deletes one, so every rejected submission keeps its explanation.
 * Moderators are offered the active ones; authors read the public text in their language. Every
 * change is audited. The list is short (a few dozen at most), so it is read whole.
 */
@Service
public class RejectionReasons {

    private static final Pattern CODE = Pattern.compile("^[A-Z][A-Z0-9_]*$");
    private static final String SELECT = "SELECT id, version, code, text_en AS english, text_zh AS chinese, active, position FROM rejection_reason";

    private final JdbcClient jdbc;
    private final AuditLog audit;

    RejectionReasons(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** The reasons a moderator may choose, in the admins' order. */
    @Transactional(readOnly = true)
    public List<RejectionReason> active() {
        return jdbc.sql(SELECT + " WHERE active ORDER BY position, id").query(RejectionReason.class).list();
    }

    /** Every reason, inactive ones included, in the admins' order. */
    @Transactional(readOnly = true)
    public List<RejectionReason> all() {
        return jdbc.sql(SELECT + " ORDER BY position, id").query(RejectionReason.class).list();
    }

    /** Every reason by code, in order: to explain rejections made with any reason, active or not. */
    @Transactional(readOnly = true)
    public Map<String, RejectionReason> byCode() {
        var map = new LinkedHashMap<String, RejectionReason>();
        all().forEach(r -> map.put(r.code(), r));
        return map;
    }

    /** The public text of a reason in the reader's language; the code itself if the reason is unknown. */
    @Transactional(readOnly = true)
    public String publicText(String code, Locale locale) {
        return code == null ? "" : jdbc.sql(SELECT + " WHERE code = :code").param("code", code)
                .query(RejectionReason.class).optional().map(r -> r.text(locale)).orElse(code);
    }

    /** Adds a reason at the end of the list. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public RejectionReason add(String code, String english, String chinese) {
        var actor = CurrentUser.require();
        var checkedCode = Texts.required("code", code, RejectionReason.CODE_MAX).toUpperCase(Locale.ROOT);
        if (!CODE.matcher(checkedCode).matches()) {
            throw DomainException.atField("code", "rejection-reasons.error.code");
        }
        var en = Texts.required("english", english, RejectionReason.TEXT_MAX);
        var zh = Texts.required("chinese", chinese, RejectionReason.TEXT_MAX);
        try {
            jdbc.sql("""
                    INSERT INTO rejection_reason (code, text_en, text_zh, active, position)
                    SELECT :code, :en, :zh, TRUE, COALESCE(MAX(position), 0) + 1 FROM rejection_reason
                    """).param("code", checkedCode).param("en", en).param("zh", zh).update();
        } catch (DuplicateKeyException taken) {
            throw DomainException.atField("code", "rejection-reasons.error.code-taken");
        }
        var added = find(checkedCode);
        audit.record(new AuditRecord(actor.accountId(), actor.displayName(), "REJECTION_REASON_ADDED",
                "REJECTION_REASON", added.id(), null, en + " / " + zh, checkedCode));
        return added;
    }

    /** Changes the public texts; the version is the one the admin saw. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void edit(String code, int seenVersion, String english, String chinese) {
        var actor = CurrentUser.require();
        var en = Texts.required("english", english, RejectionReason.TEXT_MAX);
        var zh = Texts.required("chinese", chinese, RejectionReason.TEXT_MAX);
        var before = find(code);
        if (Objects.equals(before.english(), en) && Objects.equals(before.chinese(), zh)) {
            return;
        }
        changed(jdbc.sql("UPDATE rejection_reason SET text_en = :en, text_zh = :zh, version = version + 1 WHERE code = :code AND version = :v")
                .param("en", en).param("zh", zh).param("code", code).param("v", seenVersion).update(), code);
        audit.record(new AuditRecord(actor.accountId(), actor.displayName(), "REJECTION_REASON_CHANGED",
                "REJECTION_REASON", before.id(), before.english() + " / " + before.chinese(), en + " / " + zh, code));
    }

    /** Offers a reason to moderators again, or stops offering it; submissions rejected with it keep it. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void setActive(String code, boolean active) {
        var actor = CurrentUser.require();
        var before = find(code);
        if (before.active() == active) {
            return;
        }
        if (!active && active().size() <= 1) {
            throw new DomainException("rejection-reasons.error.last-active");
        }
        jdbc.sql("UPDATE rejection_reason SET active = :a, version = version + 1 WHERE code = :code")
                .param("a", active).param("code", code).update();
        audit.record(new AuditRecord(actor.accountId(), actor.displayName(), "REJECTION_REASON_CHANGED",
                "REJECTION_REASON", before.id(), before.active() ? "active" : "inactive", active ? "active" : "inactive", code));
    }

    /** Moves a reason one place up (-1) or down (+1) in the list; at either end nothing changes. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void move(String code, int direction) {
        var actor = CurrentUser.require();
        var list = jdbc.sql(SELECT + " ORDER BY position, id FOR UPDATE").query(RejectionReason.class).list();
        var codes = list.stream().map(RejectionReason::code).toList();
        int from = codes.indexOf(code);
        if (from < 0) {
            throw new NotFoundException();
        }
        int to = from + Integer.signum(direction);
        if (direction == 0 || to < 0 || to >= list.size()) {
            return;
        }
        var order = new java.util.ArrayList<>(codes);
        java.util.Collections.swap(order, from, to);
        for (int i = 0; i < order.size(); i++) {
            jdbc.sql("UPDATE rejection_reason SET position = :p WHERE code = :code").param("p", i + 1)
                    .param("code", order.get(i)).update();
        }
        audit.record(new AuditRecord(actor.accountId(), actor.displayName(), "REJECTION_REASON_MOVED",
                "REJECTION_REASON", list.get(from).id(), Integer.toString(from + 1), Integer.toString(to + 1), code));
    }

    /** The reason a moderator chose, if it is on the list and active; refused otherwise. */
    public RejectionReason requireActive(String code) {
        if (code == null || code.isBlank()) {
            throw DomainException.atField("reason", "validation.required");
        }
        return jdbc.sql(SELECT + " WHERE code = :code AND active").param("code", code).query(RejectionReason.class)
                .optional().orElseThrow(() -> DomainException.atField("reason", "rejection-reasons.error.unknown"));
    }

    private RejectionReason find(String code) {
        return jdbc.sql(SELECT + " WHERE code = :code").param("code", code).query(RejectionReason.class).optional()
                .orElseThrow(NotFoundException::new);
    }

    private static void changed(int rows, String code) {
        if (rows == 0) {
            throw new OptimisticLockingFailureException("Rejection reason " + code + " changed since it was shown");
        }
    }
}
