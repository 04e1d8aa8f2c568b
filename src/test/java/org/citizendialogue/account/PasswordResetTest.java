package org.citizendialogue.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import jakarta.mail.internet.MimeMessage;

import org.citizendialogue.shared.DomainException;
import org.citizendialogue.shared.limits.LimitSettings;
import org.citizendialogue.shared.limits.RateLimitedException;
import org.citizendialogue.shared.limits.RateLimits;
import org.citizendialogue.support.IntegrationTest;
import org.citizendialogue.support.MovableClock;
import org.citizendialogue.support.Residents;
import org.citizendialogue.support.TestMailServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import com.icegreen.greenmail.util.GreenMailUtil;

/**
 * Password reset by e-mail through the real SMTP path (the test's GreenMail server): the link
 * works once and for a limited time, its token is stored hashed, unknown addresses get the same
 * answer and no e-mail, and asking is limited per e-mail and per address.
 */
@IntegrationTest
class PasswordResetTest {

    private static final Pattern LINK = Pattern.compile("reset-password\\?token=([A-Za-z0-9_-]+)");

    @Autowired
    MovableClock clock;

    @Value("${dialogue.password-reset.valid-for:30m}")
    Duration validFor;

    @Autowired
    PasswordResets resets;

    @Autowired
    Residents residents;

    @Autowired
    TestMailServer smtp;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder passwords;

    @Autowired
    LimitSettings limitSettings;

    @Autowired
    RateLimits rateLimits;

    @BeforeEach
    @AfterEach
    void noRequest() {
        RequestContextHolder.resetRequestAttributes();
    }

    private List<MimeMessage> mailsTo(String email, int atLeast) throws Exception {
        var deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (true) {
            var found = Arrays.stream(smtp.received())
                    .filter(m -> !TestMailServer.isRegistrationMail(m))
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

    private String tokenFrom(MimeMessage mail) {
        var matcher =
                LINK.matcher(GreenMailUtil.getBody(mail).replace("=\r\n", "").replace("=3D", "="));
        assertThat(matcher.find()).as("the e-mail carries the link").isTrue();
        return matcher.group(1);
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
    void the_link_in_the_e_mail_sets_a_new_password_once() throws Exception {
        var email = residents.register();
        resets.request(" " + email.toUpperCase() + " ");
        var mails = mailsTo(email, 1);
        assertThat(mails).hasSize(1);
        assertThat(mails.get(0).getSubject()).contains("new password");
        var token = tokenFrom(mails.get(0));

        var stored = jdbc.sql(
                        "SELECT token_hash FROM password_reset_token t JOIN account a ON a.id = t.account_id WHERE a.email = ?")
                .param(email)
                .query(String.class)
                .single();
        assertThat(stored)
                .as("only the hash is stored")
                .isEqualTo(OneTimeTokens.hash(token))
                .isNotEqualTo(token);
        assertThat(resets.usable(token)).isTrue();

        assertThat(refusal(() -> resets.reset(token, "password1234")).messageKey())
                .as("the same rules as at registration")
                .isEqualTo("register.error.password-common");
        assertThat(resets.usable(token))
                .as("a refused password leaves the link usable")
                .isTrue();

        resets.reset(token, "tea in the hutong at dusk");
        assertThat(passwords.matches("tea in the hutong at dusk", storedHash(email)))
                .isTrue();
        assertThat(resets.usable(token)).isFalse();
        assertThat(refusal(() -> resets.reset(token, "another fine evening walk"))
                        .field())
                .as("single use")
                .isEqualTo("token");
        assertThat(passwords.matches("tea in the hutong at dusk", storedHash(email)))
                .isTrue();
    }

    @Test
    void an_expired_or_made_up_link_does_nothing() throws Exception {
        var email = residents.register();
        resets.request(email);
        var token = tokenFrom(mailsTo(email, 1).get(0));
        clock.advance(validFor.minusMinutes(1));
        assertThat(resets.usable(token))
                .as("still valid a minute before it ends")
                .isTrue();
        clock.advance(Duration.ofMinutes(2));
        var before = storedHash(email);
        assertThat(resets.usable(token)).isFalse();
        assertThat(refusal(() -> resets.reset(token, "tea in the hutong at dusk"))
                        .messageKey())
                .isEqualTo("reset.error.invalid");
        assertThat(refusal(() -> resets.reset("made-up-token", "tea in the hutong at dusk"))
                        .field())
                .isEqualTo("token");
        assertThat(storedHash(email)).isEqualTo(before);
    }

    @Test
    void using_one_link_ends_the_others() throws Exception {
        var email = residents.register();
        resets.request(email);
        resets.request(email);
        var mails = mailsTo(email, 2);
        var first = tokenFrom(mails.get(0));
        var second = tokenFrom(mails.get(1));
        resets.reset(second, "tea in the hutong at dusk");
        assertThat(resets.usable(first)).isFalse();
    }

    @Test
    void an_unknown_address_gets_the_same_answer_and_no_e_mail() throws Exception {
        var unknown = "nobody-" + System.nanoTime() + "@example.org";
        resets.request(unknown);
        assertThat(mailsTo(unknown, 1)).as("waited 10 s").isEmpty();
    }

    @Test
    void the_e_mail_is_in_the_persons_language() throws Exception {
        var email = residents.register();
        jdbc.sql("UPDATE account SET preferred_locale = 'zh-CN' WHERE email = ?")
                .param(email)
                .update();
        resets.request(email);
        var mail = mailsTo(email, 1).get(0);
        assertThat(mail.getSubject()).contains("设置新密码");
    }

    @Test
    void asking_is_limited_per_e_mail_and_per_address_known_or_not() {
        var rule = limitSettings.getPasswordResets();
        var previous = new int[] {rule.getPerMinute(), rule.getIpPerMinute()};
        rule.setPerMinute(1);
        rule.setIpPerMinute(3);
        rateLimits.reset();
        try {
            from("10.50.0.1");
            var known = residents.register();
            var unknown = "nobody-" + System.nanoTime() + "@example.org";
            resets.request(known);
            assertThatThrownBy(() -> resets.request(known)).as("per e-mail").isInstanceOf(RateLimitedException.class);
            resets.request(unknown);
            assertThatThrownBy(() -> resets.request(unknown))
                    .as("the same for an unknown address")
                    .isInstanceOf(RateLimitedException.class);
            resets.request("other-" + System.nanoTime() + "@example.org");
            assertThatThrownBy(() -> resets.request("yet-another-" + System.nanoTime() + "@example.org"))
                    .as("3 a minute per address")
                    .isInstanceOf(RateLimitedException.class);
            from("10.50.0.2");
            resets.request("from-elsewhere-" + System.nanoTime() + "@example.org");
        } finally {
            rule.setPerMinute(previous[0]);
            rule.setIpPerMinute(previous[1]);
            rateLimits.reset();
        }
    }

    private static void from(String address) {
        var request = new MockHttpServletRequest();
        request.setRemoteAddr(address);
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
    }
}
