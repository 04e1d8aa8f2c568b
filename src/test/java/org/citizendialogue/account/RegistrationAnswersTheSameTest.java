package org.citizendialogue.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import jakarta.mail.internet.MimeMessage;

import org.citizendialogue.shared.limits.LimitSettings;
import org.citizendialogue.shared.limits.RateLimitedException;
import org.citizendialogue.shared.limits.RateLimits;
import org.citizendialogue.support.IntegrationTest;
import org.citizendialogue.support.TestMailServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import com.icegreen.greenmail.util.GreenMailUtil;

/**
 * Issue 11, finding 5: registering does not tell whether an e-mail address has an account. A new
 * and an existing address get the same answer; the new one a "confirm your address" e-mail, the
 * existing one a "someone tried to register with your address" e-mail; attempts are limited per
 * e-mail and per client address, known or not.
 */
@IntegrationTest
class RegistrationAnswersTheSameTest {

    @Autowired
    AccountService accounts;

    @Autowired
    TestMailServer smtp;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    LimitSettings limitSettings;

    @Autowired
    RateLimits rateLimits;

    @BeforeEach
    @AfterEach
    void noRequest() {
        RequestContextHolder.resetRequestAttributes();
    }

    private static String email() {
        return "same-" + System.nanoTime() + "@example.org";
    }

    private List<MimeMessage> mailsTo(String email, int atLeast) throws Exception {
        var deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (true) {
            var found = Arrays.stream(smtp.received())
                    .filter(m -> {
                        try {
                            return GreenMailUtil.getAddressList(m.getAllRecipients())
                                    .contains(email);
                        } catch (Exception e) {
                            return false;
                        }
                    })
                    .toList();
            if (found.size() >= atLeast || System.nanoTime() > deadline) {
                return found;
            }
            Thread.sleep(50);
        }
    }

    private static String body(MimeMessage mail) {
        return GreenMailUtil.getBody(mail).replace("=\r\n", "").replace("=3D", "=");
    }

    private long accountsWith(String email) {
        return jdbc.sql("SELECT COUNT(*) FROM account WHERE email = ?")
                .param(email)
                .query(Long.class)
                .single();
    }

    @Test
    void an_existing_address_gets_the_same_answer_as_a_new_one_and_nothing_changes() {
        var email = email();
        accounts.register(new RegistrationDraft(email, "First Owner", "a long enough passphrase", true));
        var hashBefore = jdbc.sql("SELECT password_hash FROM account WHERE email = ?")
                .param(email)
                .query(String.class)
                .single();
        // no refusal, no field error: the same return as for a new address
        accounts.register(new RegistrationDraft(email.toUpperCase(), "Someone Else", "another long passphrase", true));
        assertThat(accountsWith(email)).isEqualTo(1);
        assertThat(jdbc.sql("SELECT display_name FROM account WHERE email = ?")
                        .param(email)
                        .query(String.class)
                        .single())
                .isEqualTo("First Owner");
        assertThat(jdbc.sql("SELECT password_hash FROM account WHERE email = ?")
                        .param(email)
                        .query(String.class)
                        .single())
                .as("the owner's password stays")
                .isEqualTo(hashBefore);
    }

    @Test
    void a_new_address_gets_a_confirmation_link_and_an_existing_one_a_warning_with_sign_in_and_reset_links()
            throws Exception {
        var email = email();
        accounts.register(new RegistrationDraft(email, "New Person", "a long enough passphrase", true));
        var first = mailsTo(email, 1);
        assertThat(first).hasSize(1);
        assertThat(first.get(0).getSubject()).containsIgnoringCase("confirm");
        assertThat(body(first.get(0))).containsPattern("verify-email\\?token=[A-Za-z0-9_-]{20,}");

        accounts.register(new RegistrationDraft(email, "Somebody", "another long passphrase", true));
        var both = mailsTo(email, 2);
        assertThat(both).hasSize(2);
        var warning = both.get(1);
        assertThat(warning.getSubject()).containsIgnoringCase("register");
        assertThat(body(warning))
                .contains("/login")
                .contains("/forgot-password")
                .doesNotContain("verify-email?token=");
    }

    @Test
    void registering_is_limited_per_e_mail_known_or_not_and_per_address() {
        var rule = limitSettings.getRegistrations();
        var previous = new int[] {rule.getPerMinute(), rule.getPerHour(), rule.getIpPerMinute(), rule.getIpPerHour()};
        rule.setPerMinute(2);
        rule.setPerHour(0);
        rule.setIpPerMinute(4);
        rule.setIpPerHour(0);
        rateLimits.reset();
        try {
            from("10.60.0.1");
            var email = email();
            accounts.register(new RegistrationDraft(email, "Probe One", "a long enough passphrase", true));
            accounts.register(new RegistrationDraft(email, "Probe Two", "a long enough passphrase", true));
            assertThatThrownBy(() -> accounts.register(
                            new RegistrationDraft(email, "Probe Three", "a long enough passphrase", true)))
                    .as("per e-mail, the third attempt in a minute")
                    .isInstanceOf(RateLimitedException.class);
            accounts.register(new RegistrationDraft(email(), "Other One", "a long enough passphrase", true));
            accounts.register(new RegistrationDraft(email(), "Other Two", "a long enough passphrase", true));
            assertThatThrownBy(() -> accounts.register(
                            new RegistrationDraft(email(), "Other Three", "a long enough passphrase", true)))
                    .as("per address: 4 a minute")
                    .isInstanceOf(RateLimitedException.class);
            from("10.60.0.2");
            accounts.register(new RegistrationDraft(email(), "Elsewhere", "a long enough passphrase", true));
        } finally {
            rule.setPerMinute(previous[0]);
            rule.setPerHour(previous[1]);
            rule.setIpPerMinute(previous[2]);
            rule.setIpPerHour(previous[3]);
            rateLimits.reset();
        }
    }

    private static void from(String address) {
        var request = new MockHttpServletRequest();
        request.setRemoteAddr(address);
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
    }
}
