package org.citizendialogue.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;

import org.citizendialogue.shared.DomainException;
import org.citizendialogue.shared.limits.Limit;
import org.citizendialogue.shared.limits.RateLimits;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
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

    private static final SecureRandom RANDOM = new SecureRandom();

    private final AccountRepository accounts;
    private final JdbcClient jdbc;
    private final org.springframework.security.crypto.password.PasswordEncoder passwords;
    private final RateLimits limits;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Duration validFor;
    private final SignedInSessions sessions;

    PasswordResets(AccountRepository accounts, JdbcClient jdbc,
            org.springframework.security.crypto.password.PasswordEncoder passwords, RateLimits limits,
            ApplicationEventPublisher events, Clock clock,
            @Value("${dialogue.password-reset.valid-for:30m}") Duration validFor, SignedInSessions sessions) {
        this.sessions = sessions;
        this.accounts = accounts;
        this.jdbc = jdbc;
        this.passwords = passwords;
        this.limits = limits;
        this.events = events;
        this.clock = clock;
        this.validFor = validFor;
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
            var token = newToken();
            var now = clock.instant();
            jdbc.sql("INSERT INTO password_reset_token (account_id, token_hash, created_at, expires_at) VALUES (?, ?, ?, ?)")
                    .params(account.id(), hash(token), java.sql.Timestamp.from(now), java.sql.Timestamp.from(now.plus(validFor))).update();
            events.publishEvent(new PasswordResetRequested(account.id(), token));
            SecurityEvents.byActor("PASSWORD_RESET_REQUESTED", account.id());
        });
    }

    /** Whether the token can still be used (the reset page asks before showing its form). */
    @Transactional(readOnly = true)
    public boolean usable(String token) {
        return token != null && !token.isBlank() && jdbc.sql(
                "SELECT COUNT(*) FROM password_reset_token WHERE token_hash = ? AND used_at IS NULL AND expires_at > ?")
                .params(hash(token), java.sql.Timestamp.from(clock.instant())).query(Long.class).single() > 0;
    }

    /**
     * Sets a new password with a token from the e-mail. The token must exist, be unused and not
     * expired; the password follows the registration rules. Refusals name the field
     * {@code token} or {@code password}.
     */
    @Transactional
    public void reset(String token, String newPassword) {
        var now = clock.instant();
        var accountId = token == null || token.isBlank() ? null : jdbc.sql(
                "SELECT account_id FROM password_reset_token WHERE token_hash = ? AND used_at IS NULL AND expires_at > ? FOR UPDATE")
                .params(hash(token), java.sql.Timestamp.from(now)).query(Long.class).optional().orElse(null);
        if (accountId == null) {
            throw DomainException.atField("token", "reset.error.invalid");
        }
        var account = accounts.findById(accountId).orElseThrow(() -> DomainException.atField("token", "reset.error.invalid"));
        PasswordRules.check(newPassword, account.email(), account.displayName());
        account.changePasswordHash(passwords.encode(newPassword));
        accounts.save(account);
        jdbc.sql("UPDATE password_reset_token SET used_at = ? WHERE account_id = ? AND used_at IS NULL")
                .params(java.sql.Timestamp.from(now), accountId).update();
        SecurityEvents.byActor("PASSWORD_RESET", accountId);
        sessions.endAll(accountId);
    }

    private static String newToken() {
        var bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
