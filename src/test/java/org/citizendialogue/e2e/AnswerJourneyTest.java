package org.citizendialogue.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.citizendialogue.account.AccountService;
import org.citizendialogue.account.RegistrationDraft;
import org.citizendialogue.submission.SubmissionModeration;
import org.citizendialogue.submission.SubmissionService;
import org.citizendialogue.support.Acting;
import org.citizendialogue.support.Demo;
import org.citizendialogue.support.Residents;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/** Staff answer with a template and edit the answer; the asker sees the notice and the revision history. */
class AnswerJourneyTest extends BrowserTest {

    @Autowired
    Residents residentsHelper;

    @Autowired
    AccountService accounts;

    @Autowired
    SubmissionService submissions;

    @Autowired
    SubmissionModeration moderation;

    @Autowired
    Acting acting;

    @Test
    void staff_answer_with_a_template_edit_it_and_the_asker_sees_the_notice_and_the_history() {
        var email = "journey-answer-" + System.nanoTime() + "@example.org";
        accounts.register(new RegistrationDraft(email, "Answer Journey", "a long enough passphrase", true));
        residentsHelper.confirm(email);
        var question = "Journey " + System.nanoTime() + ": when does the digital business district open?";
        long id = acting.as(email, () -> submissions.ask(Demo.TOPIC_ID, question));
        int version = acting.as(Demo.MODERATOR, () -> moderation.pendingItem(id))
                .orElseThrow()
                .version();
        acting.run(Demo.MODERATOR, () -> moderation.approve(id, version));

        var staff = openBrowser();
        staff.signIn(Demo.STAFF, Demo.PASSWORD);
        staff.open("answers");
        staff.clickShowingMore("answer-open-" + id, "desk-more");
        staff.click("answer-template");
        new WebDriverWait(staff.driver(), Duration.ofSeconds(10))
                .until(d -> !d.findElements(By.xpath("//vaadin-select-item[contains(., 'Thank you')]"))
                        .isEmpty());
        staff.driver()
                .findElement(By.xpath("//vaadin-select-item[contains(., 'Thank you')]"))
                .click();
        new WebDriverWait(staff.driver(), Duration.ofSeconds(20))
                .until(d -> staff.byId("answer-text-en")
                        .findElement(By.tagName("textarea"))
                        .getAttribute("value")
                        .startsWith("Thank you for your question."));
        staff.byId("answer-text-en").findElement(By.tagName("textarea")).sendKeys(Keys.END, "Wangfujing opens first.");
        staff.click("answer-publish");
        staff.waitUntilGone("answer-open-" + id);

        staff.open("answers");
        staff.click("desk-state");
        var answered = By.xpath("//vaadin-select-item[starts-with(normalize-space(.), 'Answered (')]");
        new WebDriverWait(staff.driver(), Duration.ofSeconds(10))
                .until(d -> !d.findElements(answered).isEmpty());
        staff.driver().findElement(answered).click();
        staff.waitForVaadin();
        staff.clickShowingMore("answer-open-" + id, "desk-more");
        var area = staff.byId("answer-text-en").findElement(By.tagName("textarea"));
        area.sendKeys(Keys.END, " The CBD follows in autumn.");
        staff.click("answer-publish");
        new WebDriverWait(staff.driver(), Duration.ofSeconds(20))
                .until(d -> d.findElements(By.id("answer-text-en")).isEmpty());

        var resident = openBrowser();
        resident.signIn(email, "a long enough passphrase");
        resident.open("me");
        resident.waitForText("has an official answer");
        assertThat(resident.byId("nav-notifications").getText()).contains("2");
        resident.open("questions/" + id);
        resident.waitForText("The CBD follows in autumn.");
        // the asker's page now also holds the rating form: the history is further down, scrolled to first
        var history = resident.driver().findElement(By.cssSelector("[id^='answer-revisions-']"));
        resident.click(history.getAttribute("id"));
        resident.waitForText("Version 2");
        // read the parts themselves: the page is scrolled down to the history, and WebDriver's text
        // leaves out what is scrolled out of view
        assertThat(history.getText()).contains("Version 1").contains(Demo.BUREAU);
        assertThat(resident.driver()
                        .findElement(By.cssSelector("section.answer"))
                        .getAttribute("textContent"))
                .contains("Edited")
                .contains(Demo.BUREAU);
    }
}
