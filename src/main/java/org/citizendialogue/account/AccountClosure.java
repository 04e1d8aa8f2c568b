package org.citizendialogue.account;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.citizendialogue.shared.CurrentUser;
import org.citizendialogue.shared.DomainException;
import org.citizendialogue.shared.NotFoundException;
import org.citizendialogue.shared.PersonalDataEraser.Erasure;
import org.citizendialogue.shared.Roles;
import org.citizendialogue.shared.limits.Limit;
import org.citizendialogue.shared.limits.RateLimits;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who may delete which account, and the confirmation it takes (issue 12, decision 024): a person
 * deletes their own with their password and, where enrolled, a current second-factor code; an
 * admin deletes a resident's on request. An account holding a moderator, staff or admin role is
 * never deleted: its roles are taken away first (so the last admin never goes). Each check hands
 * back the {@link Erasure} the modules then carry out, in the caller's transaction.
 */
@Service
public class AccountClosure {

    private static final Set<Roles> BACK_OFFICE = EnumSet.of(Roles.MODERATOR, Roles.STAFF, Roles.ADMIN);

    private final AccountRepository accounts;
    private final PasswordEncoder passwords;
    private final RateLimits limits;
    private final SecondFactors factors;

    AccountClosure(AccountRepository accounts, PasswordEncoder passwords, RateLimits limits, SecondFactors factors) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.limits = limits;
        this.factors = factors;
    }

    /**
     * Confirms that the signed-in person deletes their own account: a wrong password costs a
     * sign-in attempt (refused at {@code password}), a wrong code a second-factor attempt
     * (refused at {@code code}); a back-office account is refused as a whole.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(propagation = Propagation.MANDATORY)
    public Erasure confirmOwn(String password, String code, boolean removeUnansweredPublished) {
        var user = CurrentUser.require();
        var account = accounts.findById(user.accountId()).orElseThrow(NotFoundException::new);
        requireResidentOnly(account);
        limits.consume(Limit.SIGN_IN, "account-deletion:" + account.id());
        if (password == null
                || account.passwordHash() == null
                || !passwords.matches(password, account.passwordHash())) {
            throw DomainException.atField("password", "delete-account.error.password");
        }
        factors.requireCurrentCodeIfEnrolled(user, code);
        return new Erasure(account.id(), account.email(), account.displayName(), removeUnansweredPublished);
    }

    /** Confirms that an admin deletes a resident's account on their request. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(propagation = Propagation.MANDATORY)
    public Erasure confirmForAdmin(long accountId, boolean removeUnansweredPublished) {
        var account = accounts.findById(accountId).orElseThrow(NotFoundException::new);
        if (account.erased()) {
            throw new NotFoundException();
        }
        requireResidentOnly(account);
        return new Erasure(account.id(), account.email(), account.displayName(), removeUnansweredPublished);
    }

    /**
     * For the retention job: accounts whose address was never confirmed and that were made
     * before the cut-off, to be erased like a deletion (no one is signed in: not a user action).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<Erasure> unverifiedBefore(Instant cutoff) {
        return accounts.findUnverifiedBefore(cutoff).stream()
                .map(a -> new Erasure(a.id(), a.email(), a.displayName(), true))
                .toList();
    }

    /** Whether the signed-in person may delete their account here (no back-office role). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public boolean mayDeleteOwn() {
        return accounts.findById(CurrentUser.require().accountId())
                .map(a -> a.roles().stream().noneMatch(BACK_OFFICE::contains))
                .orElse(false);
    }

    private static void requireResidentOnly(Account account) {
        if (account.roles().stream().anyMatch(BACK_OFFICE::contains)) {
            throw new DomainException("delete-account.error.back-office");
        }
    }
}
