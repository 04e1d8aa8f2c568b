package org.citizendialogue.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.citizendialogue.submission.RejectionReason;
import org.citizendialogue.submission.SubmissionModeration;
import org.citizendialogue.submission.SubmissionService;
import org.citizendialogue.support.Acting;
import org.citizendialogue.support.Demo;
import org.citizendialogue.support.Fixtures;
import org.citizendialogue.support.Residents;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A livestream flood: several residents send 30 submissions, and a moderator works through them
 * in Chromium with the keyboard (next, previous, approve, reject with a reason, select) and with
 * bulk decisions, then the public topic page shows exactly what was approved.
 */
class ModerationFloodJourneyTest extends BrowserTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @Autowired
    SubmissionService submissions;

    @Autowired
    SubmissionModeration moderation;

    @Autowired
    Acting acting;

    @Autowired
    Fixtures fixtures;

    @Autowired
    Residents residents;

    @Autowired
    JdbcClient jdbc;

    private static void press(WebDriver driver, String key) {
        new Actions(driver).sendKeys(key).perform();
    }

    private static String focusedCard(WebDriver driver) {
        return (String) ((JavascriptExecutor) driver).executeScript("""
                for (let node = document.activeElement; node; node = node.parentElement) {
                  if (node.id && node.id.startsWith('queue-item-')) { return node.id; }
                }
                return null;
                """);
    }

    private static boolean focusInside(WebDriver driver, String id) {
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

    private static void choose(Browser browser, String text) {
        var item = By.xpath("//vaadin-select-item[contains(., \"" + text + "\")]");
        new WebDriverWait(browser.driver(), WAIT)
                .until(d -> !d.findElements(item).isEmpty());
        // the list holds every programme the suite made: bring the item into the overlay's view first
        var element = browser.driver().findElement(item);
        ((JavascriptExecutor) browser.driver())
                .executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        element.click();
        browser.waitForVaadin();
    }

    private String status(long id) {
        return jdbc.sql("SELECT status FROM submission WHERE id = :id")
                .param("id", id)
                .query(String.class)
                .single();
    }

    @Test
    void a_moderator_works_a_flood_of_30_with_the_keyboard_and_bulk_decisions() {
        var p = fixtures.programme("OPEN");
        var people = List.of(
                residents.register("Flood One"),
                residents.register("Flood Two"),
                residents.register("洪水三"),
                residents.register("Flood Four"),
                residents.register("Flood Five"));
        var flood = new ArrayList<Long>();
        for (int i = 0; i < 30; i++) {
            var text = "Flood question " + (i + 1) + " on the digital economy";
            flood.add(acting.as(people.get(i % people.size()), () -> submissions.ask(p.topicId(), text)));
        }

        var moderator = openBrowser();
        var driver = moderator.driver();
        moderator.signIn(Demo.MODERATOR, Demo.PASSWORD);
        moderator.open("moderation");
        moderator.click("queue-filter-programme");
        choose(moderator, "Fixture " + p.slug());
        new WebDriverWait(driver, WAIT)
                .until(d -> moderator.byId("queue-count").getText().startsWith("30 submissions match the filters"));
        assertThat(moderator.bodyText()).contains("J or ↓ next item");

        // into the queue with a click on the oldest item's text, then keys only
        moderator
                .byId("queue-item-" + flood.get(0))
                .findElement(By.tagName("p"))
                .click();
        moderator.waitForVaadin();
        assertThat(focusedCard(driver)).isEqualTo("queue-item-" + flood.get(0));

        press(driver, "a");
        moderator.waitUntilGone("queue-item-" + flood.get(0));
        moderator.waitForVaadin();
        new WebDriverWait(driver, WAIT).until(d -> ("queue-item-" + flood.get(1)).equals(focusedCard(d)));

        press(driver, "j");
        moderator.waitForVaadin();
        new WebDriverWait(driver, WAIT).until(d -> ("queue-item-" + flood.get(2)).equals(focusedCard(d)));
        assertThat(moderator.byId("queue-item-" + flood.get(2)).getAttribute("class"))
                .contains("current");
        press(driver, "a");
        moderator.waitUntilGone("queue-item-" + flood.get(2));
        moderator.waitForVaadin();

        press(driver, "k");
        moderator.waitForVaadin();
        new WebDriverWait(driver, WAIT).until(d -> ("queue-item-" + flood.get(1)).equals(focusedCard(d)));
        press(driver, "r");
        moderator.waitForVaadin();
        new WebDriverWait(driver, WAIT).until(d -> focusInside(d, "reject-reason"));
        moderator.click("reject-reason");
        choose(moderator, "It is spam or advertising.");
        // typing the queue's keys in a field decides nothing
        moderator.type("reject-note", "a jar of junk links, repeated; x and k");
        moderator.click("reject-confirm");
        moderator.waitUntilGone("queue-item-" + flood.get(1));
        moderator.waitForVaadin();

        // current is now the oldest left (item 4): select it and the next two with X and J
        new WebDriverWait(driver, WAIT).until(d -> ("queue-item-" + flood.get(3)).equals(focusedCard(d)));
        press(driver, "x");
        moderator.waitForVaadin();
        press(driver, "j");
        moderator.waitForVaadin();
        press(driver, "x");
        moderator.waitForVaadin();
        press(driver, "j");
        moderator.waitForVaadin();
        press(driver, "x");
        moderator.waitForVaadin();
        new WebDriverWait(driver, WAIT)
                .until(d -> moderator.byId("queue-selected").getText().equals("3 selected"));
        moderator.click("bulk-approve");
        new WebDriverWait(driver, WAIT)
                .until(d -> moderator.byId("bulk-result").getText().equals("3 items decided."));

        // three more with their checkboxes, rejected in bulk with one reason
        moderator.click("select-" + flood.get(6));
        moderator.click("select-" + flood.get(7));
        moderator.click("select-" + flood.get(8));
        moderator.click("bulk-reject");
        moderator.click("reject-reason");
        choose(moderator, "It is not about this topic.");
        moderator.click("reject-confirm");
        new WebDriverWait(driver, WAIT)
                .until(d -> moderator.byId("bulk-result").getText().equals("3 items decided."));
        new WebDriverWait(driver, WAIT)
                .until(d -> moderator.byId("queue-count").getText().startsWith("21 submissions match the filters"));

        var approved = List.of(flood.get(0), flood.get(2), flood.get(3), flood.get(4), flood.get(5));
        var rejected = List.of(flood.get(1), flood.get(6), flood.get(7), flood.get(8));
        approved.forEach(id -> assertThat(status(id)).as("approved " + id).isEqualTo("PUBLISHED"));
        rejected.forEach(id -> assertThat(status(id)).as("rejected " + id).isEqualTo("REJECTED"));
        flood.subList(9, 30)
                .forEach(id -> assertThat(status(id)).as("untouched " + id).isEqualTo("PENDING"));
        assertThat(jdbc.sql("SELECT rejection_reason FROM submission WHERE id = :id")
                        .param("id", flood.get(1))
                        .query(String.class)
                        .single())
                .isEqualTo("SPAM");
        assertThat(jdbc.sql("SELECT rejection_reason FROM submission WHERE id = :id")
                        .param("id", flood.get(8))
                        .query(String.class)
                        .single())
                .isEqualTo("OFF_TOPIC");

        var visitor = openBrowser();
        visitor.open(p.topicPath());
        approved.forEach(id ->
                assertThat(visitor.present("question-" + id)).as("public " + id).isTrue());
        rejected.forEach(id -> assertThat(visitor.present("question-" + id))
                .as("not public " + id)
                .isFalse());
        assertThat(visitor.present("question-" + flood.get(9)))
                .as("pending is not public")
                .isFalse();
        assertThat(visitor.bodyText())
                .contains("Flood question 1 on the digital economy")
                .doesNotContain("Flood question 2 on the digital economy");

        // the queue is shared by every test of this JVM: leave it as it was found
        acting.run(
                Demo.MODERATOR,
                () -> flood.subList(9, 30)
                        .forEach(id ->
                                moderation.reject(id, residents.pendingVersion(id), RejectionReason.OTHER, null)));
    }
}
