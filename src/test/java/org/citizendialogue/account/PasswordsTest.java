package org.citizendialogue.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.citizendialogue.shared.DomainException;
import org.citizendialogue.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.security.web.FilterChainProxy;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Passwords (issue 11, finding 7 and the common-password low): 12 to 128 characters in any
 * script, hashed with Argon2id, old bcrypt hashes upgraded at sign-in, common and context
 * passwords refused. Sign-in goes through the real security filter chain.
 */
@IntegrationTest
class PasswordsTest {

    @Autowired
    AccountService accounts;

    @Autowired
    PasswordEncoder passwords;

    @Autowired
    FilterChainProxy securityFilters;

    @Autowired
    WebApplicationContext web;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    @AfterEach
    void noRequest() {
        RequestContextHolder.resetRequestAttributes();
    }

    private static String email() {
        return "pw-" + System.nanoTime() + "@example.org";
    }

    private static String address() {
        return "10.40." + (int) (Math.random() * 250) + "." + (int) (1 + Math.random() * 250);
    }

    private String signIn(String email, String password) throws Exception {
        var request = new MockHttpServletRequest(web.getServletContext(), "POST", "/login");
        request.setServletPath("/login");
        request.setRemoteAddr(address());
        request.setParameter("username", email);
        request.setParameter("password", password);
        request = (MockHttpServletRequest)
                SecurityMockMvcRequestPostProcessors.csrf().postProcessRequest(request);
        var response = new MockHttpServletResponse();
        securityFilters.doFilter(request, response, new MockFilterChain());
        return String.valueOf(response.getRedirectedUrl());
    }

    private String storedHash(String email) {
        return jdbc.sql("SELECT password_hash FROM account WHERE email = ?")
                .param(email)
                .query(String.class)
                .single();
    }

    private static DomainException refusal(Runnable action) {
        try {
            action.run();
        } catch (DomainException e) {
            return e;
        }
        throw new AssertionError("not refused");
    }

    @Test
    void a_128_character_password_registers_hashed_with_argon2id_and_signs_in() throws Exception {
        var email = email();
        var password = "Tr0ub4dor&3-" + "horse-battery-staple-".repeat(5) + "x".repeat(11);
        assertThat(password).hasSize(128);
        accounts.register(new RegistrationDraft(email, "Long Password", password, true));
        assertThat(storedHash(email)).startsWith("{argon2}$argon2id$");
        assertThat(signIn(email, password)).doesNotContain("error").doesNotContain("limited");
        assertThat(signIn(email, password.substring(0, 127) + "y")).contains("error");
    }

    @Test
    void a_password_of_thirty_chinese_characters_registers_and_signs_in() throws Exception {
        var email = email();
        var password = "我每天早上骑自行车穿过胡同去上班路上买一个煎饼果子再喝一碗豆浆";
        assertThat(password.codePointCount(0, password.length())).isGreaterThanOrEqualTo(25);
        assertThat(password.getBytes(StandardCharsets.UTF_8).length)
                .as("more than bcrypt's 72 bytes")
                .isGreaterThan(72);
        accounts.register(new RegistrationDraft(email, "长密码", password, true));
        assertThat(signIn(email, password)).doesNotContain("error").doesNotContain("limited");
    }

    @Test
    void a_password_of_128_characters_outside_the_basic_plane_is_accepted_and_129_are_not() {
        var emoji = "😀🚲🏙️🌳"
                .codePoints()
                .filter(c -> c > 0xFFFF)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString();
        var password = emoji.repeat(43)
                .codePoints()
                .limit(128)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString();
        accounts.register(new RegistrationDraft(email(), "Emoji", password, true));
        assertThat(refusal(() -> accounts.register(new RegistrationDraft(email(), "Emoji", password + "😀", true)))
                        .messageKey())
                .isEqualTo("validation.too-long");
    }

    @Test
    void a_stored_bcrypt_hash_still_signs_in_and_is_upgraded_to_argon2id() throws Exception {
        var email = email();
        accounts.register(new RegistrationDraft(email, "Old Hash", "an older passphrase of mine", true));
        jdbc.sql("UPDATE account SET password_hash = ? WHERE email = ?")
                .param("{bcrypt}" + new BCryptPasswordEncoder().encode("an older passphrase of mine"))
                .param(email)
                .update();
        assertThat(signIn(email, "an older passphrase of mine")).doesNotContain("error");
        assertThat(storedHash(email)).startsWith("{argon2}");
        assertThat(signIn(email, "an older passphrase of mine"))
                .as("with the new hash")
                .doesNotContain("error");
    }

    @Test
    void a_long_password_typed_for_a_bcrypt_account_is_refused_not_an_internal_error() throws Exception {
        var email = email();
        accounts.register(new RegistrationDraft(email, "Old Hash", "an older passphrase of mine", true));
        jdbc.sql("UPDATE account SET password_hash = ? WHERE email = ?")
                .param("{bcrypt}" + new BCryptPasswordEncoder().encode("an older passphrase of mine"))
                .param(email)
                .update();
        assertThat(signIn(email, "长".repeat(30))).contains("error");
    }

    @Test
    void common_and_context_passwords_are_refused_with_their_own_message() {
        for (var common : List.of(
                "password1234",
                "dialogue-demo1",
                "P@ssw0rd2024!",
                "qwertyuiop123",
                "123456789012",
                "Beijing-Portal-2026",
                "citizen dialogue",
                "1qaz2wsx3edc4rfv",
                "iloveyou2025!!",
                "woaini1314520")) {
            var refused = refusal(() -> accounts.register(new RegistrationDraft(email(), "Wang Fang", common, true)));
            assertThat(refused.field()).as(common).isEqualTo("password");
            assertThat(refused.messageKey()).as(common).isEqualTo("register.error.password-common");
        }
        var email = "zhang.xiaoming@example.org";
        assertThat(refusal(() -> accounts.register(new RegistrationDraft(email, "Someone", "zhangxiaoming2024", true)))
                        .messageKey())
                .as("the e-mail's local part")
                .isEqualTo("register.error.password-common");
        assertThat(refusal(() -> accounts.register(
                                new RegistrationDraft(email(), "Margarethe Schulz", "margarethe.schulz!", true)))
                        .messageKey())
                .as("the display name")
                .isEqualTo("register.error.password-common");
    }

    @Test
    void passwords_of_ones_own_are_accepted() {
        for (var own : List.of(
                "correct horse battery",
                "a long enough passphrase",
                "我家门口的那棵老槐树开花了",
                "Beijing bikes at dawn smell of jianbing")) {
            accounts.register(new RegistrationDraft(email(), "Own Words", own, true));
        }
    }

    @Test
    void argon2id_hashing_and_checking_stay_quick_on_this_machine() {
        var hash = passwords.encode("a long enough passphrase");
        passwords.matches("a long enough passphrase", hash);
        var start = System.nanoTime();
        for (int i = 0; i < 5; i++) {
            assertThat(passwords.matches("a long enough passphrase", hash)).isTrue();
        }
        var millis = (System.nanoTime() - start) / 5 / 1_000_000;
        System.out.println("Argon2id check: " + millis + " ms per sign-in");
        assertThat(millis).as("ms per check").isLessThan(1000);
    }
}
