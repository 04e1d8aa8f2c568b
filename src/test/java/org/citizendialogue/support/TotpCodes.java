package org.citizendialogue.support;

import java.time.Instant;

import org.springframework.jdbc.core.simple.JdbcClient;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.CodeGenerationException;

/** Codes of an authenticator app, computed as the app would (RFC 6238, 30 s, six digits). */
public final class TotpCodes {

    /** The published secret of the demo back-office accounts (R__demo_data.sql). */
    public static final String DEMO_SECRET = "CITIZENDIALOGUEDEMOSECRET2345677";

    private TotpCodes() {}

    public static long stepNow() {
        return Instant.now().getEpochSecond() / 30;
    }

    public static String at(String secret, long step) {
        try {
            return new DefaultCodeGenerator(HashingAlgorithm.SHA1, 6).generate(secret, step);
        } catch (CodeGenerationException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A code the portal accepts now for this account: of a time step it has not used yet (a code
     * is accepted once), waiting for the next step when the current ones are spent.
     */
    public static String next(JdbcClient jdbc, String email, String secret) {
        while (true) {
            var last = jdbc.sql(
                            "SELECT f.last_used_step FROM second_factor f JOIN account a ON a.id = f.account_id WHERE a.email = ?")
                    .param(email)
                    .query((rs, n) -> rs.getObject(1, Long.class))
                    .optional()
                    .orElse(null);
            long now = stepNow();
            long step = last == null ? now : Math.max(last + 1, now);
            if (step <= now + 1) {
                return at(secret, step);
            }
            try {
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
