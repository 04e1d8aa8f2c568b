package org.citizendialogue.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.citizendialogue.shared.Roles;
import org.citizendialogue.shared.SignedInUser;
import org.citizendialogue.support.IntegrationTest;
import org.citizendialogue.support.Refusal;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

@IntegrationTest
class RegistrationTest {

    @Autowired
    AccountService accounts;

    @Autowired
    UserDetailsService users;

    @Autowired
    PasswordEncoder passwords;

    private static String email() {
        return "reg-" + System.nanoTime() + "@example.org";
    }

    @Test
    void a_resident_registers_and_can_sign_in_with_a_hashed_password() {
        var email = email();
        accounts.register(new RegistrationDraft(" " + email.toUpperCase() + " ", "张伟", "correct horse battery", true));
        var user = (SignedInUser) users.loadUserByUsername(email);
        assertThat(user.displayName()).isEqualTo("张伟");
        assertThat(user.has(Roles.RESIDENT)).isTrue();
        assertThat(user.has(Roles.MODERATOR)).isFalse();
        assertThat(user.getPassword()).startsWith("{argon2}").doesNotContain("correct horse");
        assertThat(passwords.matches("correct horse battery", user.getPassword()))
                .isTrue();
    }

    @Test
    void bad_input_is_refused_at_the_right_field_and_nothing_is_saved() {
        var email = email();
        assertThat(Refusal.field(() ->
                        accounts.register(new RegistrationDraft("not-an-email", "Name", "long enough password", true))))
                .isEqualTo("email");
        assertThat(Refusal.field(
                        () -> accounts.register(new RegistrationDraft(email, " ", "long enough password", true))))
                .isEqualTo("displayName");
        assertThat(Refusal.field(() -> accounts.register(new RegistrationDraft(email, "Name", "short", true))))
                .isEqualTo("password");
        assertThat(Refusal.field(
                        () -> accounts.register(new RegistrationDraft(email, "Name", "aaaaaaaaaaaaaaaa", true))))
                .isEqualTo("password");
        assertThat(Refusal.field(
                        () -> accounts.register(new RegistrationDraft(email, "Name", "x".repeat(129) + "abcd", true))))
                .isEqualTo("password");
        assertThat(Refusal.field(
                        () -> accounts.register(new RegistrationDraft(email, "Name", "long enough password", false))))
                .isEqualTo("consent");
        assertThatThrownBy(() -> users.loadUserByUsername(email)).isNotNull();
    }

    @Test
    void a_second_account_with_the_same_email_is_not_created_and_the_answer_does_not_say_so() {
        var email = email();
        accounts.register(new RegistrationDraft(email, "First", "long enough password", true));
        // issue 11, finding 5: no "already taken" refusal; RegistrationAnswersTheSameTest covers the e-mails
        accounts.register(new RegistrationDraft(email.toUpperCase(), "Second", "long enough password", true));
        assertThat(((SignedInUser) users.loadUserByUsername(email)).displayName())
                .isEqualTo("First");
    }
}
