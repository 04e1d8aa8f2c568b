package org.citizendialogue.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.citizendialogue.shared.DomainException;
import org.citizendialogue.shared.limits.LimitSettings;
import org.citizendialogue.shared.limits.RateLimits;
import org.citizendialogue.support.Acting;
import org.citizendialogue.support.IntegrationTest;
import org.citizendialogue.support.Residents;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;

/** A signed-in person changes their password on /me: the current one is asked for, the new one follows the rules. */
@IntegrationTest
class PasswordChangeTest {

    @Autowired
    AccountService accounts;

    @Autowired
    Residents residents;

    @Autowired
    Acting acting;

    @Autowired
    PasswordEncoder passwords;

    @Autowired
    JdbcClient jdbc;

    private String storedHash(String email) {
        return jdbc.sql("SELECT password_hash FROM account WHERE email = ?")
                .param(email)
                .query(String.class)
                .single();
    }

    private DomainException refusal(String email, String current, String replacement) {
        try {
            acting.run(email, () -> accounts.changePassword(current, replacement));
        } catch (DomainException e) {
            return e;
        }
        throw new AssertionError("not refused");
    }

    @Test
    void the_right_current_password_and_a_good_new_one_change_it() {
        var email = residents.register();
        acting.run(email, () -> accounts.changePassword(Residents.PASSWORD, "lanterns over the houhai lake"));
        assertThat(passwords.matches("lanterns over the houhai lake", storedHash(email)))
                .isTrue();
        assertThat(passwords.matches(Residents.PASSWORD, storedHash(email))).isFalse();
        assertThat(storedHash(email)).startsWith("{argon2}");
    }

    @Test
    void a_wrong_current_password_is_refused_at_its_field_and_nothing_changes() {
        var email = residents.register();
        var before = storedHash(email);
        var refused = refusal(email, "not my password at all", "lanterns over the houhai lake");
        assertThat(refused.field()).isEqualTo("currentPassword");
        assertThat(refused.messageKey()).isEqualTo("password.error.current-wrong");
        assertThat(storedHash(email)).isEqualTo(before);
    }

    @Test
    void the_new_password_follows_the_registration_rules() {
        var email = residents.register();
        var before = storedHash(email);
        assertThat(refusal(email, Residents.PASSWORD, "password1234").messageKey())
                .isEqualTo("register.error.password-common");
        assertThat(refusal(email, Residents.PASSWORD, "dialogue-demo1").messageKey())
                .isEqualTo("register.error.password-common");
        assertThat(refusal(email, Residents.PASSWORD, "short").messageKey()).isEqualTo("register.error.password-short");
        assertThat(refusal(email, Residents.PASSWORD, "x".repeat(129) + "abc").messageKey())
                .isEqualTo("validation.too-long");
        assertThat(refusal(email, Residents.PASSWORD, Residents.PASSWORD).field())
                .isEqualTo("password");
        assertThat(storedHash(email)).isEqualTo(before);
    }

    @Autowired
    LimitSettings limitSettings;

    @Autowired
    RateLimits rateLimits;

    @Test
    void guessing_the_current_password_is_limited() {
        // the test configuration is generous; this test sets the production allowance for its duration
        var previous = limitSettings.getSignIn().getPerMinute();
        limitSettings.getSignIn().setPerMinute(5);
        rateLimits.reset();
        try {
            fiveGuessesThenRefused();
        } finally {
            limitSettings.getSignIn().setPerMinute(previous);
            rateLimits.reset();
        }
    }

    private void fiveGuessesThenRefused() {
        var email = residents.register();
        for (int i = 0; i < 5; i++) {
            refusal(email, "guess number " + i, "lanterns over the houhai lake");
        }
        assertThat(refusal(email, Residents.PASSWORD, "lanterns over the houhai lake")
                        .messageKey())
                .as("the sixth try in a minute, even with the right password")
                .isEqualTo("limit.reached");
    }

    @Test
    void nobody_signed_out_can_change_a_password() {
        assertThatThrownBy(() -> accounts.changePassword(Residents.PASSWORD, "lanterns over the houhai lake"))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }
}
