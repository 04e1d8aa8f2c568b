package org.citizendialogue.submission;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.citizendialogue.audit.AuditLog;
import org.citizendialogue.audit.AuditRecord;
import org.citizendialogue.shared.CurrentUser;
import org.citizendialogue.shared.DomainException;
import org.citizendialogue.shared.NotFoundException;
import org.citizendialogue.shared.Texts;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The managed list of rejection reasons: admins add reasons, edit their public texts, deactivate
 * and reorder them; nobody deletes one, so every rejected submission keeps its explanation.
 * Moderators are offered the active ones; authors read the public text in their language. Every
 * change is audited. The list is short (a few dozen at most), so it is read whole. Each entry is an
 * aggregate ({@link ManagedReason}, optimistic locking by its version).
 */
@Service
public class RejectionReasons {

    private static final Pattern CODE = Pattern.compile("^[A-Z][A-Z0-9_]*$");

    private final ManagedReasonRepository reasons;
    private final AuditLog audit;

    RejectionReasons(ManagedReasonRepository reasons, AuditLog audit) {
        this.reasons = reasons;
        this.audit = audit;
    }

    /** The reasons a moderator may choose, in the admins' order. */
    @Transactional(readOnly = true)
    public List<RejectionReason> active() {
        return reasons.findByActiveTrueOrderByPositionAscIdAsc().stream()
                .map(ManagedReason::view)
                .toList();
    }

    /** Every reason, inactive ones included, in the admins' order. */
    @Transactional(readOnly = true)
    public List<RejectionReason> all() {
        return reasons.findAllByOrderByPositionAscIdAsc().stream()
                .map(ManagedReason::view)
                .toList();
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
        return code == null
                ? ""
                : reasons.findByCode(code).map(r -> r.view().text(locale)).orElse(code);
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
        if (reasons.findByCode(checkedCode).isPresent()) {
            throw DomainException.atField("code", "rejection-reasons.error.code-taken");
        }
        var list = reasons.findAllByIdNotNullOrderByPositionAscIdAsc();
        int last = list.isEmpty() ? 0 : list.getLast().view().position();
        ManagedReason added;
        try {
            added = reasons.save(ManagedReason.add(checkedCode, en, zh, last + 1));
        } catch (DuplicateKeyException taken) {
            throw DomainException.atField("code", "rejection-reasons.error.code-taken");
        }
        audit.record(new AuditRecord(
                actor.accountId(),
                actor.displayName(),
                "REJECTION_REASON_ADDED",
                "REJECTION_REASON",
                added.id(),
                null,
                en + " / " + zh,
                checkedCode));
        return added.view();
    }

    /** Changes the public texts; the version is the one the admin saw. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void edit(String code, int seenVersion, String english, String chinese) {
        var actor = CurrentUser.require();
        var en = Texts.required("english", english, RejectionReason.TEXT_MAX);
        var zh = Texts.required("chinese", chinese, RejectionReason.TEXT_MAX);
        var reason = find(code);
        if (!reason.isVersion(seenVersion)) {
            throw new OptimisticLockingFailureException("Rejection reason " + code + " changed since it was shown");
        }
        var before = reason.english() + " / " + reason.chinese();
        if (!reason.retext(en, zh)) {
            return;
        }
        reasons.save(reason);
        audit.record(new AuditRecord(
                actor.accountId(),
                actor.displayName(),
                "REJECTION_REASON_CHANGED",
                "REJECTION_REASON",
                reason.id(),
                before,
                en + " / " + zh,
                code));
    }

    /** Offers a reason to moderators again, or stops offering it; submissions rejected with it keep it. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void setActive(String code, boolean active) {
        var actor = CurrentUser.require();
        var reason = find(code);
        if (reason.active() == active) {
            return;
        }
        if (!active && reasons.findByActiveTrueOrderByPositionAscIdAsc().size() <= 1) {
            throw new DomainException("rejection-reasons.error.last-active");
        }
        reason.offer(active);
        reasons.save(reason);
        audit.record(new AuditRecord(
                actor.accountId(),
                actor.displayName(),
                "REJECTION_REASON_CHANGED",
                "REJECTION_REASON",
                reason.id(),
                active ? "inactive" : "active",
                active ? "active" : "inactive",
                code));
    }

    /** Moves a reason one place up (-1) or down (+1) in the list; at either end nothing changes. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void move(String code, int direction) {
        var actor = CurrentUser.require();
        var list = new ArrayList<>(reasons.findAllByIdNotNullOrderByPositionAscIdAsc());
        int from = list.stream().map(ManagedReason::code).toList().indexOf(code);
        if (from < 0) {
            throw new NotFoundException();
        }
        int to = from + Integer.signum(direction);
        if (direction == 0 || to < 0 || to >= list.size()) {
            return;
        }
        long movedId = list.get(from).id();
        Collections.swap(list, from, to);
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).placeAt(i + 1)) {
                reasons.placeAt(list.get(i).id(), i + 1);
            }
        }
        audit.record(new AuditRecord(
                actor.accountId(),
                actor.displayName(),
                "REJECTION_REASON_MOVED",
                "REJECTION_REASON",
                movedId,
                Integer.toString(from + 1),
                Integer.toString(to + 1),
                code));
    }

    /** The reason a moderator chose, if it is on the list and active; refused otherwise. */
    public RejectionReason requireActive(String code) {
        if (code == null || code.isBlank()) {
            throw DomainException.atField("reason", "validation.required");
        }
        return reasons.findByCode(code)
                .filter(ManagedReason::active)
                .map(ManagedReason::view)
                .orElseThrow(() -> DomainException.atField("reason", "rejection-reasons.error.unknown"));
    }

    private ManagedReason find(String code) {
        return reasons.findByCode(code).orElseThrow(NotFoundException::new);
    }
}
