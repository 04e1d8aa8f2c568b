package org.citizendialogue.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.citizendialogue.submission.PublishedSubmissions;
import org.citizendialogue.submission.QuestionSort;
import org.citizendialogue.submission.SubmissionService;
import org.citizendialogue.support.Acting;
import org.citizendialogue.support.Demo;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Register, ask and vote with the keyboard alone: Tab to move, type, Space or Enter to act.
 * Focus is never moved by the test, only by the keys a person would press.
 */
class KeyboardJourneyTest extends BrowserTest {

    @Autowired
    SubmissionService submissions;

    @Autowired
    PublishedSubmissions published;

    @Autowired
    Acting acting;

    /** Whether keyboard focus is on the element with this id or inside it (through shadow roots too). */
    private static boolean focusIsOn(WebDriver driver, String id) {
        return Boolean.TRUE.equals(((JavascriptExecutor) driver).executeScript("""
                const target = document.getElementById(arguments[0]);
                let el = document.activeElement;
                while (el && el.shadowRoot && el.shadowRoot.activeElement) { el = el.shadowRoot.activeElement; }
                for (let node = el; node; node = node.parentNode || node.host) {
                  if (node === target) { return true; }
                }
                return false;
                """, id));
    }

    /** Presses Tab until the element with the id has focus, as a keyboard user would. */
    private static void tabTo(WebDriver driver, String id) {
        for (int i = 0; i < 120; i++) {
            if (focusIsOn(driver, id)) {
                return;
            }
            new Actions(driver).sendKeys(Keys.TAB).perform();
        }
        throw new AssertionError("Tab never reached " + id);
    }

    private static void type(WebDriver driver, String text) {
        new Actions(driver).sendKeys(text).perform();
    }

    private static void press(WebDriver driver, Keys key) {
        new Actions(driver).sendKeys(key).perform();
    }

    @Test
    void register_ask_and_vote_with_the_keyboard_alone() {
        var browser = openBrowser();
        var driver = browser.driver();
        var email = "keys-" + System.nanoTime() + "@example.org";

        browser.open("register");
        tabTo(driver, "register-email");
        type(driver, email);
        tabTo(driver, "register-name");
        type(driver, "Keyboard Resident");
        tabTo(driver, "register-password");
        type(driver, "typed with keys only");
        tabTo(driver, "register-consent");
        press(driver, Keys.SPACE);
        tabTo(driver, "register-submit");
        press(driver, Keys.ENTER);
        browser.waitForText("Check your e-mail");
        // the link in the e-mail confirms the address (decision 021); then sign in with the keyboard
        browser.open(verificationPath(email));
        browser.waitForText("your e-mail address is confirmed");
        browser.open("login");

        new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(d -> !d.findElements(By.name("username")).isEmpty());
        driver.findElement(By.name("username")).click();
        type(driver, email);
        press(driver, Keys.TAB);
        type(driver, "typed with keys only");
        press(driver, Keys.ENTER);
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(d -> !d.findElements(By.id("nav-logout")).isEmpty());

        browser.open("dialogues/" + Demo.DIALOGUE + "/topics/benchmark-city");
        tabTo(driver, "ask-text");
        var question = "Asked with the keyboard " + System.nanoTime();
        type(driver, question);
        tabTo(driver, "ask-submit");
        press(driver, Keys.ENTER);
        browser.waitForText("awaiting moderation");
        assertThat(acting.as(email, () -> submissions.mine(0, 1)).getFirst().body())
                .isEqualTo(question);

        var top = published
                .publishedQuestions(Demo.TOPIC_ID, QuestionSort.MOST_VOTES, 0, 1)
                .getFirst();
        tabTo(driver, "vote-" + top.id());
        press(driver, Keys.SPACE);
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(d ->
                        "true".equals(d.findElement(By.id("vote-" + top.id())).getAttribute("aria-pressed")));
        assertThat(published.publishedQuestion(top.id()).orElseThrow().voteCount())
                .isEqualTo(top.voteCount() + 1);
    }
}
