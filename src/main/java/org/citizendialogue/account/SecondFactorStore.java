package org.citizendialogue.account;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The rows of second factors and recovery codes, for {@link SecondFactors}, which holds the rules. A
 * named exception to "aggregates write" (docs/decisions/033-one-persistence-rule.md): a code is spent
 * by one conditional statement ({@code ... WHERE used_at IS NULL}, a time step only when later than
 * the last), under a row lock, so that a code is never accepted twice; a version check would let the
 * loser of a race see an error instead of a refused code, and the secret would travel through an
 * entity for no rule of its own.
 */
@Component
class SecondFactorStore {

    /** A confirmed factor: its secret and the last time step a code was accepted for. */
    record StoredFactor(String secret, Long lastUsedStep) {}

    private final JdbcClient jdbc;

    SecondFactorStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Starts (or starts again) an enrolment with this secret, unconfirmed. */
    void startEnrolment(long accountId, String secret, Instant now) {
        jdbc.sql("""
                INSERT INTO second_factor (account_id, totp_secret, created_at) VALUES (:id, :secret, :now)
                ON DUPLICATE KEY UPDATE totp_secret = :secret, created_at = :now, confirmed_at = NULL, last_used_step = NULL
                """)
                .param("id", accountId)
                .param("secret", secret)
                .param("now", Timestamp.from(now))
                .update();
    }

    /** The secret of an enrolment not yet confirmed, its row locked. */
    Optional<String> pendingSecretLocked(long accountId) {
        return jdbc.sql(
                        "SELECT totp_secret FROM second_factor WHERE account_id = ? AND confirmed_at IS NULL FOR UPDATE")
                .param(accountId)
                .query(String.class)
                .optional();
    }

    void confirm(long accountId, Instant now, long step) {
        jdbc.sql("UPDATE second_factor SET confirmed_at = ?, last_used_step = ? WHERE account_id = ?")
                .params(Timestamp.from(now), step, accountId)
                .update();
    }

    /** The confirmed factor, its row locked. */
    Optional<StoredFactor> confirmedLocked(long accountId) {
        return jdbc.sql(
                        "SELECT totp_secret, last_used_step FROM second_factor WHERE account_id = ? AND confirmed_at IS NOT NULL FOR UPDATE")
                .param(accountId)
                .query((rs, n) -> new StoredFactor(rs.getString(1), rs.getObject(2, Long.class)))
                .optional();
    }

    Optional<String> confirmedSecret(long accountId) {
        return jdbc.sql("SELECT totp_secret FROM second_factor WHERE account_id = ? AND confirmed_at IS NOT NULL")
                .param(accountId)
                .query(String.class)
                .optional();
    }

    void useStep(long accountId, long step) {
        jdbc.sql("UPDATE second_factor SET last_used_step = ? WHERE account_id = ?")
                .params(step, accountId)
                .update();
    }

    void remove(long accountId) {
        jdbc.sql("DELETE FROM recovery_code WHERE account_id = ?")
                .param(accountId)
                .update();
        jdbc.sql("DELETE FROM second_factor WHERE account_id = ?")
                .param(accountId)
                .update();
    }

    int recoveryCodesLeft(long accountId) {
        return jdbc.sql("SELECT COUNT(*) FROM recovery_code WHERE account_id = ? AND used_at IS NULL")
                .param(accountId)
                .query(Integer.class)
                .single();
    }

    /** Spends an unused recovery code with this hash; false when there is none. */
    boolean spendRecoveryCode(long accountId, String codeHash, Instant now) {
        return jdbc.sql(
                                "UPDATE recovery_code SET used_at = ? WHERE account_id = ? AND code_hash = ? AND used_at IS NULL LIMIT 1")
                        .params(Timestamp.from(now), accountId, codeHash)
                        .update()
                == 1;
    }

    /** Replaces the account's recovery codes by these hashes. */
    void replaceRecoveryCodes(long accountId, List<String> codeHashes) {
        jdbc.sql("DELETE FROM recovery_code WHERE account_id = ?")
                .param(accountId)
                .update();
        for (var codeHash : codeHashes) {
            jdbc.sql("INSERT INTO recovery_code (account_id, code_hash) VALUES (?, ?)")
                    .params(accountId, codeHash)
                    .update();
        }
    }

    boolean accountExists(long accountId) {
        return jdbc.sql("SELECT COUNT(*) FROM account WHERE id = ?")
                        .param(accountId)
                        .query(Integer.class)
                        .single()
                > 0;
    }
}
