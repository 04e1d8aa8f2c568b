package org.citizendialogue.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.citizendialogue.answer.AnswerDesk;
import org.citizendialogue.answer.AnswerForm;
import org.citizendialogue.submission.SubmissionService;
import org.citizendialogue.support.Acting;
import org.citizendialogue.support.Demo;
import org.citizendialogue.support.Residents;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A resident downloads their data through the real link (once: a second use is refused), then
 * deletes their account with the password: they are signed out, cannot sign in again, and their
 * answered question stays on the public record under "Former resident".
 */
class PersonalDataJourneyTest extends BrowserTest {

    private static final String FETCH = """
            const done = arguments[arguments.length - 1];
            fetch(arguments[0], {credentials: 'same-origin'})
              .then(r => r.text().then(t => done(r.status + ' ' + t)))
              .catch(e => done('failed ' + e));
            """;

    @Autowired
    Residents residents;

    @Autowired
    Acting acting;

    @Autowired
    SubmissionService submissions;

    @Autowired
    AnswerDesk answers;

    @Test
    void a_resident_downloads_their_data_once_then_deletes_the_account() {
        var name = "Journey Leaver " + System.nanoTime() % 100000;
        var email = residents.register(name);
        long question = acting.as(
                email, () -> submissions.ask(Demo.TOPIC_ID, "Journey: will the data exchange open to residents?"));
        residents.approve(question);
        acting.as(Demo.STAFF, () -> answers.publish(question, AnswerForm.answered("Yes, from next spring."), null));
        var browser = openBrowser();
        browser.signIn(email, Residents.PASSWORD);

        browser.open("me");
        browser.click("data-export-prepare");
        var link = browser.byId("data-export-download").getDomAttribute("href");
        var js = (JavascriptExecutor) browser.driver();
        var first = (String) js.executeAsyncScript(FETCH, link);
        assertThat(first).startsWith("200 ").contains(email, "Journey: will the data exchange open to residents?");
        var second = (String) js.executeAsyncScript(FETCH, link);
        assertThat(second).as("the link works once").startsWith("410");

        browser.click("delete-account-open");
        browser.type("delete-account-password", Residents.PASSWORD);
        browser.click("delete-account-confirm");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                .until(d -> !d.findElements(By.id("nav-login")).isEmpty());

        browser.open("questions/" + question);
        assertThat(browser.bodyText()).contains("Former resident").doesNotContain(name);
        browser.open("login");
        browser.driver().findElement(By.name("username")).sendKeys(email);
        browser.driver().findElement(By.name("password")).sendKeys(Residents.PASSWORD);
        browser.driver()
                .findElement(By.cssSelector("vaadin-login-form vaadin-button"))
                .click();
        browser.waitForVaadin();
        assertThat(browser.present("nav-logout")).as("the account is gone").isFalse();
    }
}
