package org.citizendialogue.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Arrays;
import java.util.regex.Pattern;

import org.citizendialogue.account.AccountService;
import org.citizendialogue.account.RegistrationDraft;
import org.citizendialogue.support.TestMailServer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.icegreen.greenmail.util.GreenMailUtil;

/** A resident who forgot the password asks for a link, opens it from the e-mail, sets a new password and signs in. */
class PasswordResetJourneyTest extends BrowserTest {

    private static final Pattern LINK = Pattern.compile("reset-password\\?token=([A-Za-z0-9_-]+)");

    @Autowired
    AccountService accounts;

    @Autowired
    TestMailServer smtp;

    @Test
    void a_forgotten_password_is_reset_through_the_e_mail_link() throws Exception {
        var email = "forgetful-" + System.nanoTime() + "@example.org";
        accounts.register(new RegistrationDraft(email, "Forgetful Resident", "a passphrase I forgot", true));

        var browser = openBrowser();
        browser.open("login");
        browser.click("login-forgot");
        browser.type("forgot-email", email);
        browser.click("forgot-submit");
        browser.waitForText("If an account has this address");

        var token = tokenMailedTo(email);
        browser.open("reset-password?token=" + token);
        browser.type("reset-password", "lanterns over the houhai lake");
        browser.click("reset-submit");
        browser.waitForText("Your password has been changed");

        browser.signIn(email, "lanterns over the houhai lake");
        browser.open("me");
        assertThat(browser.present("password-change")).isTrue();

        var again = openBrowser();
        again.open("reset-password?token=" + token);
        again.waitForText("expired or has already been used");
    }

    private String tokenMailedTo(String email) throws Exception {
        var deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (System.nanoTime() < deadline) {
            var mail = Arrays.stream(smtp.received())
                    .filter(m -> !TestMailServer.isRegistrationMail(m))
                    .filter(m -> {
                        try {
                            return GreenMailUtil.getAddressList(m.getAllRecipients())
                                    .contains(email);
                        } catch (Exception e) {
                            return false;
                        }
                    })
                    .findFirst();
            if (mail.isPresent()) {
                var matcher = LINK.matcher(
                        GreenMailUtil.getBody(mail.get()).replace("=\r\n", "").replace("=3D", "="));
                assertThat(matcher.find()).isTrue();
                return matcher.group(1);
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no reset e-mail for " + email);
    }
}
