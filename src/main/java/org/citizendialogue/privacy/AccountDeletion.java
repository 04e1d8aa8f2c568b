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
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
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

    AccountDeletion(AccountClosure closure, List<PersonalDataEraser> erasers, AuditLog audit, ApplicationEventPublisher events) {
        this.closure = closure;
        this.erasers = erasers.stream().sorted(Comparator.comparingInt(PersonalDataEraser::erasureOrder)).toList();
        this.audit = audit;
        this.events = events;
    }

    /** Deletes the signed-in person's account; refusals name the field ({@code password}, {@code code}). */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void deleteOwn(String password, String code, boolean removeUnansweredPublished) {
        var erasure = closure.confirmOwn(password, code, removeUnansweredPublished);
        erase(erasure);
        audit.record(new AuditRecord(erasure.accountId(), "#" + erasure.accountId(), ACTION, "ACCOUNT", erasure.accountId(),
                null, null, removeUnansweredPublished ? "unanswered published text removed" : null));
    }

    /** An admin deletes a resident's account on their request (the request's reference in {@code note}). */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void deleteOnRequest(long accountId, boolean removeUnansweredPublished, String note) {
        var admin = CurrentUser.require();
        var erasure = closure.confirmForAdmin(accountId, removeUnansweredPublished);
        erase(erasure);
        audit.record(new AuditRecord(admin.accountId(), admin.displayName(), ACTION, "ACCOUNT", accountId, null, null,
                org.citizendialogue.shared.Texts.optional("note", note, 200)));
    }

    /** Erases an account in the caller's transaction (the retention job's expired accounts); the caller audits. */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
    void erase(Erasure erasure) {
        erasers.forEach(eraser -> eraser.erase(erasure));
        events.publishEvent(new PersonalDataErased(erasure.accountId()));
    }
}
