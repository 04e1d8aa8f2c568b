package org.citizendialogue.account;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.citizendialogue.audit.AuditLog;
import org.citizendialogue.audit.AuditRecord;
import org.citizendialogue.shared.Bilingual;
import org.citizendialogue.shared.CurrentUser;
import org.citizendialogue.shared.DomainException;
import org.citizendialogue.shared.LanguageVersions;
import org.citizendialogue.shared.NotFoundException;
import org.citizendialogue.shared.Roles;
import org.citizendialogue.shared.RolesChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The admins' side of accounts: find people, grant and revoke roles, set the public title staff
 * answer under. Every change is audited. A role change takes effect on the person's next request
 * (docs/decisions/008-role-changes.md).
 */
@Service
@Transactional
@PreAuthorize("hasRole('ADMIN')")
public class AccountAdmin {

    private final ApplicationEventPublisher events;
    private final SignedInSessions sessions;

    public static final int PAGE_MAX = 50;
    public static final int SEARCH_MAX = 254;
    public static final int ROLE_LIST_MAX = 200;

    private final AccountRepository accounts;
    private final AccountAdminQueries queries;
    private final AuditLog audit;
    private final RolesCache roles;

    AccountAdmin(
            AccountRepository accounts,
            AccountAdminQueries queries,
            AuditLog audit,
            RolesCache roles,
            ApplicationEventPublisher events,
            SignedInSessions sessions) {
        this.sessions = sessions;
        this.roles = roles;
        this.events = events;
        this.accounts = accounts;
        this.queries = queries;
        this.audit = audit;
    }

    /**
     * Accounts whose e-mail or display name contains the text (all when blank), by e-mail, one
     * page at a time; a limit above {@value #PAGE_MAX} is cut to it.
     */
    @Transactional(readOnly = true)
    public List<AccountRow> search(String text, int offset, int limit) {
        var pattern =
                "%" + escapeLike(Objects.requireNonNullElse(text, "").strip().toLowerCase(Locale.ROOT)) + "%";
        return queries.search(pattern, Math.max(offset, 0), Math.clamp(limit, 1, PAGE_MAX));
    }

    /** Up to {@value #ROLE_LIST_MAX} accounts holding the role, by display name (e.g. the staff to assign). */
    @Transactional(readOnly = true)
    public List<AccountRow> withRole(Roles role) {
        return queries.withRole(role, ROLE_LIST_MAX);
    }

    /** Gives a role; granting one the account has already changes nothing and records nothing. */
    public void grant(long accountId, Roles role) {
        var actor = CurrentUser.require();
        var account = accounts.findById(accountId).orElseThrow(NotFoundException::new);
        var before = account.roles();
        if (before.contains(role)) {
            return;
        }
        account.grant(role);
        accounts.save(account);
        roles.forget(accountId);
        audit.record(new AuditRecord(
                actor.accountId(),
                actor.displayName(),
                "ROLE_GRANTED",
                "ACCOUNT",
                accountId,
                before.toString(),
                account.roles().toString(),
                role.name()));
        SecurityEvents.byActor("ROLE_GRANTED", accountId, "role=" + role.name());
        events.publishEvent(new RolesChanged(accountId, account.roles()));
    }

    /** Takes a role away; the last admin keeps theirs, so that someone can always administer. */
    public void revoke(long accountId, Roles role) {
        var actor = CurrentUser.require();
        var account = accounts.findById(accountId).orElseThrow(NotFoundException::new);
        var before = account.roles();
        if (!before.contains(role)) {
            return;
        }
        // the admin rows are locked, so two admins revoking each other cannot both succeed
        if (role == Roles.ADMIN && queries.lockAdmins() <= 1) {
            throw new DomainException("admin.accounts.error.last-admin");
        }
        account.revoke(role);
        accounts.save(account);
        roles.forget(accountId);
        audit.record(new AuditRecord(
                actor.accountId(),
                actor.displayName(),
                "ROLE_REVOKED",
                "ACCOUNT",
                accountId,
                before.toString(),
                account.roles().toString(),
                role.name()));
        SecurityEvents.byActor("ROLE_REVOKED", accountId, "role=" + role.name());
        events.publishEvent(new RolesChanged(accountId, account.roles()));
    }

    /** Signs the person out everywhere (a lost phone, a compromised account); audited. */
    public int endSessions(long accountId) {
        var actor = CurrentUser.require();
        accounts.findById(accountId).orElseThrow(NotFoundException::new);
        int ended = sessions.endAll(accountId);
        audit.record(new AuditRecord(
                actor.accountId(),
                actor.displayName(),
                "SESSIONS_ENDED",
                "ACCOUNT",
                accountId,
                null,
                ended + " sessions",
                null));
        return ended;
    }

    /**
     * Sets the title answers are attributed with, in Chinese, English or both (decision 025); each
     * version is checked on its own ({@code publicTitle.zh}, {@code publicTitle.en}); none clears it,
     * so the display name is used.
     */
    public void setPublicTitle(long accountId, Bilingual title) {
        var actor = CurrentUser.require();
        var checked = new LanguageVersions().optional("publicTitle", title, AccountRow.PUBLIC_TITLE_MAX);
        var account = accounts.findById(accountId).orElseThrow(NotFoundException::new);
        var before = account.publicTitle();
        if (before.equals(checked)) {
            return;
        }
        account.entitle(checked);
        accounts.save(account);
        audit.record(new AuditRecord(
                actor.accountId(),
                actor.displayName(),
                "PUBLIC_TITLE_SET",
                "ACCOUNT",
                accountId,
                before.isEmpty() ? null : before.both(),
                checked.isEmpty() ? null : checked.both(),
                null));
    }

    /**
     * The whole e-mail address of an account, for an admin who needs it (to answer a request):
     * lists show it masked, and each full reading is audited (issue 12, item 5; ASVS 8.3.5).
     */
    @Transactional
    public String revealEmail(long accountId) {
        var actor = CurrentUser.require();
        var account = accounts.findById(accountId).filter(a -> !a.erased()).orElseThrow(NotFoundException::new);
        audit.record(new AuditRecord(
                actor.accountId(), actor.displayName(), "EMAIL_VIEWED", "ACCOUNT", accountId, null, null, null));
        return account.email();
    }

    private static String escapeLike(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
