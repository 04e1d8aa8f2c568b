package org.citizendialogue.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.citizendialogue.submission.SubmissionService;
import org.citizendialogue.support.Acting;
import org.citizendialogue.support.Demo;
import org.citizendialogue.support.Residents;
import org.citizendialogue.support.TotpCodes;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 11: the admin makes a resident a moderator; the new moderator signs in, must enrol the
 * second factor (scanning is replaced by the key the page shows), keeps the recovery codes, signs
 * out, signs in again with both factors and works the queue.
 */
class SecondFactorJourneyTest extends BrowserTest {

    @Autowired
    Residents residents;

    @Autowired
    Acting acting;

    @Autowired
    SubmissionService submissions;

    @Test
    void a_new_moderator_enrols_the_second_factor_and_then_signs_in_with_both() {
        var email = residents.register("Zheng Wei");
        long accountId = acting.accountId(email);

        var admin = openBrowser();
        admin.signIn(Demo.ADMIN, Demo.PASSWORD);
        admin.open("admin/accounts");
        admin.type("account-search", email);
        admin.click("account-search-submit");
        admin.click("role-MODERATOR-" + accountId);
        new WebDriverWait(admin.driver(), Duration.ofSeconds(10))
                .until(d -> jdbc.sql("SELECT COUNT(*) FROM account_role WHERE account_id = ? AND role = 'MODERATOR'")
                                .param(accountId)
                                .query(Integer.class)
                                .single()
                        == 1);

        var moderator = openBrowser();
        moderator.open("login");
        moderator.driver().findElement(By.name("username")).sendKeys(email);
        moderator.driver().findElement(By.name("password")).sendKeys(Residents.PASSWORD);
        moderator
                .driver()
                .findElement(By.cssSelector("vaadin-login-form vaadin-button"))
                .click();
        try {
            moderator.byId("mfa-qr");
        } catch (RuntimeException e) {
            throw new AssertionError(
                    "no enrolment at " + moderator.driver().getCurrentUrl() + ": " + moderator.bodyText(), e);
        }
        moderator.open("moderation");
        assertThat(moderator.present("mfa-page"))
                .as("the queue waits for the second factor")
                .isTrue();
        assertThat(moderator.present("queue-more")
                        || !moderator
                                .driver()
                                .findElements(By.cssSelector("[id^='queue-item-']"))
                                .isEmpty())
                .isFalse();
        var secret = moderator.byId("mfa-secret").getText().replace(" ", "");
        moderator.type("mfa-code", "000000");
        moderator.click("mfa-enrol-confirm");
        assertThat(moderator.bodyText()).contains("not right");
        moderator.type("mfa-code", TotpCodes.next(jdbc, email, secret));
        moderator.click("mfa-enrol-confirm");
        assertThat(moderator.byId("mfa-recovery-codes").findElements(By.tagName("li")))
                .hasSize(10);
        moderator.click("mfa-continue");
        moderator.byId("queue-count");
        moderator.signOut();

        var question = "Will the computing vouchers reach small firms in Tongzhou? " + System.nanoTime();
        long questionId = acting.as(Demo.RESIDENT, () -> submissions.ask(Demo.TOPIC_ID, question));
        SECRETS.put(email, secret);
        moderator.signIn(email, Residents.PASSWORD);
        moderator.open("moderation");
        moderator.clickShowingMore("approve-" + questionId, "queue-more");
        moderator.waitUntilGone("queue-item-" + questionId);
        assertThat(jdbc.sql("SELECT status FROM submission WHERE id = ?")
                        .param(questionId)
                        .query(String.class)
                        .single())
                .isEqualTo("PUBLISHED");
    }
}
