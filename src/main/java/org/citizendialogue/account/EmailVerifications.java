package org.citizendialogue.account;

import java.time.Clock;
import java.time.Duration;

import org.citizendialogue.shared.CurrentUser;
import org.citizendialogue.shared.DomainException;
import org.citizendialogue.shared.limits.Limit;
import org.citizendialogue.shared.limits.RateLimits;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * E-mail verification (decision 021). A new account can sign in and read at once, but asks,
 * comments, votes and reports only once its address is confirmed: the services call
 * {@link #ensureVerified(long)}. The link carries a random token that works once, for
 * {@code dialogue.email-verification.valid-for} (48 hours); only its SHA-256 is stored. Asking for
 * the link again is limited per account ({@code dialogue.limits.verification-mails.*}).
 */
@Service
public class EmailVerifications {

    private final AccountRepository accounts;
    private final OneTimeTokens tokens;
    private final RateLimits limits;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    EmailVerifications(
            AccountRepository accounts,
            JdbcClient jdbc,
            RateLimits limits,
            ApplicationEventPublisher events,
            Clock clock,
            @Value("${dialogue.email-verification.valid-for:48h}") Duration validFor) {
        this.accounts = accounts;
        this.tokens = new OneTimeTokens(jdbc, clock, "email_verification_token", validFor);
        this.limits = limits;
        this.events = events;
        this.clock = clock;
    }

    /** Stores a new token for the account and has the link mailed after the commit. */
    void start(long accountId) {
        events.publishEvent(new EmailVerificationRequested(accountId, tokens.issue(accountId)));
    }

    /**
     * Confirms the address of the token's account. Returns false for a used, expired or made-up
     * token (nothing changes); true once confirmed, after which every open link of the account ends.
     */
    @Transactional
    public boolean confirm(String token) {
        var account = tokens.accountOf(token).flatMap(accounts::findById).orElse(null);
        if (account == null) {
            return false;
        }
        account.verifyEmail(clock.instant());
        accounts.save(account);
        tokens.endAll(account.id());
        return true;
    }

    /** Whether the account has confirmed its address (unknown accounts have not). */
    @Transactional(readOnly = true)
    public boolean isVerified(long accountId) {
        return accounts.findById(accountId).map(Account::emailVerified).orElse(false);
    }

    /** Whether the signed-in person still has to confirm the address (false for visitors). */
    @Transactional(readOnly = true)
    public boolean mineUnconfirmed() {
        return CurrentUser.get().map(u -> !isVerified(u.accountId())).orElse(false);
    }

    /** Refuses the action of an account whose address is not confirmed yet. */
    @Transactional(readOnly = true)
    public void ensureVerified(long accountId) {
        if (!isVerified(accountId)) {
            throw new DomainException("verification.required");
        }
    }

    /**
     * Mails the signed-in person a new link (the earlier ones keep working until they expire).
     * Limited per account and per client address; an account already confirmed gets nothing.
     */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void resend() {
        var account = accounts.findById(CurrentUser.require().accountId()).orElseThrow();
        if (account.emailVerified()) {
            return;
        }
        limits.consume(Limit.VERIFICATION_MAILS, "account:" + account.id());
        start(account.id());
    }
}
