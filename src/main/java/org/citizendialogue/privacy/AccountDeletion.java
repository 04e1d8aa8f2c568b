package org.citizendialogue.privacy;

import java.util.Comparator;
import java.util.List;

import org.citizendialogue.account.AccountClosure;
import org.citizendialogue.audit.AuditLog;
import org.citizendialogue.audit.AuditRecord;
import org.citizendialogue.shared.CurrentUser;
import org.citizendialogue.shared.PersonalDataErased;
import org.citizendialogue.shared.PersonalDataEraser;
import org.citizendialogue.shared.PersonalDataEraser.Erasure;
import org.citizendialogue.shared.Texts;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Delete my account" (issue 12, decision 024): the person's own, confirmed with the password
 * (and a current code where enrolled), or a resident's on their request by an admin. One
 * transaction: every module erases its part ({@link PersonalDataEraser}), the deletion is
 * audited under the account's id only, and after the commit sessions end and the search index
 * and open pages let go of the name.
 */
@Service
public class AccountDeletion {

    /** The audit action of a deletion. */
    public static final String ACTION = "ACCOUNT_DELETED";

    private final AccountClosure closure;
    private final List<PersonalDataEraser> erasers;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    AccountDeletion(
            AccountClosure closure,
            List<PersonalDataEraser> erasers,
            AuditLog audit,
            ApplicationEventPublisher events) {
        this.closure = closure;
        this.erasers = erasers.stream()
                .sorted(Comparator.comparingInt(PersonalDataEraser::erasureOrder))
                .toList();
        this.audit = audit;
        this.events = events;
    }

    /** Deletes the signed-in person's account; refusals name the field ({@code password}, {@code code}). */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void deleteOwn(String password, String code, boolean removeUnansweredPublished) {
        var erasure = closure.confirmOwn(password, code, removeUnansweredPublished);
        erase(
                erasure,
                erasure.accountId(),
                "#" + erasure.accountId(),
                ACTION,
                removeUnansweredPublished ? "unanswered published text removed" : null);
    }

    /** An admin deletes a resident's account on their request (the request's reference in {@code note}). */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void deleteOnRequest(long accountId, boolean removeUnansweredPublished, String note) {
        var admin = CurrentUser.require();
        var checkedNote = Texts.optional("note", note, 200);
        var erasure = closure.confirmForAdmin(accountId, removeUnansweredPublished);
        erase(erasure, admin.accountId(), admin.displayName(), ACTION, checkedNote);
    }

    /**
     * Erases an account in the caller's transaction, every module its part in order, and records
     * who did it and why in the audit log (the retention job's expired accounts come here too).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    void erase(Erasure erasure, long actorId, String actorName, String action, String detail) {
        erasers.forEach(eraser -> eraser.erase(erasure));
        events.publishEvent(new PersonalDataErased(erasure.accountId()));
        audit.record(new AuditRecord(actorId, actorName, action, "ACCOUNT", erasure.accountId(), null, null, detail));
    }
}
