package org.citizendialogue.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The single-use tokens mailed in links (e-mail verification, password reset): 32 random bytes,
 * URL-safe; only their SHA-256 is stored, with an expiry. One instance per token table, whose
 * columns are {@code account_id, token_hash, created_at, expires_at, used_at}. Using a token ends it
 * and every other open token of the account.
 */
final class OneTimeTokens {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int LONGEST_TOKEN = 100;

    private final JdbcClient jdbc;
    private final Clock clock;
    private final String table;
    private final Duration validFor;

    OneTimeTokens(JdbcClient jdbc, Clock clock, String table, Duration validFor) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.table = table;
        this.validFor = validFor;
    }

    /** Stores a new token for the account; returns it, to be mailed (never stored in the clear). */
    String issue(long accountId) {
        var bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        var token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        var now = clock.instant();
        jdbc.sql("INSERT INTO " + table + " (account_id, token_hash, created_at, expires_at) VALUES (?, ?, ?, ?)")
                .params(accountId, hash(token), Timestamp.from(now), Timestamp.from(now.plus(validFor)))
                .update();
        return token;
    }

    /** Whether the token exists, is unused and has not expired. */
    boolean usable(String token) {
        return wellFormed(token)
                && jdbc.sql("SELECT COUNT(*) FROM " + table
                                        + " WHERE token_hash = ? AND used_at IS NULL AND expires_at > ?")
                                .params(hash(token), Timestamp.from(clock.instant()))
                                .query(Long.class)
                                .single()
                        > 0;
    }

    /**
     * The account of a usable token, locked for the rest of the transaction, or empty for a used,
     * expired or made-up one. The caller acts, then {@link #endAll}s the account's tokens.
     */
    Optional<Long> accountOf(String token) {
        if (!wellFormed(token)) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT account_id FROM " + table
                        + " WHERE token_hash = ? AND used_at IS NULL AND expires_at > ? FOR UPDATE")
                .params(hash(token), Timestamp.from(clock.instant()))
                .query(Long.class)
                .optional();
    }

    /** Marks every open token of the account as used. */
    void endAll(long accountId) {
        jdbc.sql("UPDATE " + table + " SET used_at = ? WHERE account_id = ? AND used_at IS NULL")
                .params(Timestamp.from(clock.instant()), accountId)
                .update();
    }

    private static boolean wellFormed(String token) {
        return token != null && !token.isBlank() && token.length() <= LONGEST_TOKEN;
    }

    static String hash(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
