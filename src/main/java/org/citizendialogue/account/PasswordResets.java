package org.citizendialogue.account;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;

import org.citizendialogue.shared.DomainException;
import org.citizendialogue.shared.limits.Limit;
import org.citizendialogue.shared.limits.RateLimits;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Password reset by e-mail (decision 018): a random single-use token, stored as its SHA-256,
 * valid for {@code dialogue.password-reset.valid-for} (30 minutes). Asking answers the same for
 * known and unknown addresses and is limited per address and per e-mail; using a token ends it
 * and every other open token of the account.
 */
@Service
public class PasswordResets {

    private final AccountRepository accounts;
    private final OneTimeTokens tokens;
    private final PasswordEncoder passwords;
    private final RateLimits limits;
    private final ApplicationEventPublisher events;
    private final SignedInSessions sessions;

    PasswordResets(
            AccountRepository accounts,
            JdbcClient jdbc,
            PasswordEncoder passwords,
            RateLimits limits,
            ApplicationEventPublisher events,
            Clock clock,
            @Value("${dialogue.password-reset.valid-for:30m}") Duration validFor,
            SignedInSessions sessions) {
        this.accounts = accounts;
        this.tokens = new OneTimeTokens(jdbc, clock, "password_reset_token", validFor);
        this.passwords = passwords;
        this.limits = limits;
        this.events = events;
        this.sessions = sessions;
    }

    /**
     * Sends a reset link if an account has this e-mail; says nothing either way. Limited per
     * e-mail and per client address ({@code dialogue.limits.password-resets.*}), known or not.
     */
    @Transactional
    public void request(String email) {
        var normalised = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        if (normalised.isEmpty()) {
            throw DomainException.atField("email", "validation.required");
        }
        limits.consume(Limit.PASSWORD_RESETS, "email:" + normalised);
        accounts.findByEmail(normalised).ifPresent(account -> {
            events.publishEvent(new PasswordResetRequested(account.id(), tokens.issue(account.id())));
            SecurityEvents.byActor("PASSWORD_RESET_REQUESTED", account.id());
        });
    }

    /** Whether the token can still be used (the reset page asks before showing its form). */
    @Transactional(readOnly = true)
    public boolean usable(String token) {
        return tokens.usable(token);
    }

    /**
     * Sets a new password with a token from the e-mail. The token must exist, be unused and not
     * expired; the password follows the registration rules. Refusals name the field
     * {@code token} or {@code password}.
     */
    @Transactional
    public void reset(String token, String newPassword) {
        var account = tokens.accountOf(token)
                .flatMap(accounts::findById)
                .orElseThrow(() -> DomainException.atField("token", "reset.error.invalid"));
        long accountId = account.id();
        PasswordRules.check(newPassword, account.email(), account.displayName());
        account.changePasswordHash(passwords.encode(newPassword));
        accounts.save(account);
        tokens.endAll(accountId);
        SecurityEvents.byActor("PASSWORD_RESET", accountId);
        sessions.endAll(accountId);
    }
}
