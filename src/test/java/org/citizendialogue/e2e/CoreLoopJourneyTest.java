package org.citizendialogue.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.citizendialogue.support.Demo;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** A new resident registers, confirms the e-mail address with the mailed link and asks; the moderator approves; staff answer; a visitor reads both. */
class CoreLoopJourneyTest extends BrowserTest {

    @Test
    void register_ask_approve_answer_and_a_visitor_sees_it() {
        var topic = "dialogues/" + Demo.DIALOGUE + "/topics/digital-cities";
        var email = "journey-" + System.nanoTime() + "@example.org";
        var question = "Journey " + System.nanoTime() + ": when will gigabit fibre reach older residential compounds?";
        var answer = "Journey answer: 1.296 million users already have gigabit access; older compounds come next.";

        var resident = openBrowser();
        resident.open("register");
        resident.type("register-email", email);
        resident.type("register-name", "Journey Resident");
        resident.type("register-password", "a long enough passphrase");
        resident.byId("register-consent").click();
        resident.click("register-submit");
        resident.waitForText("Check your e-mail");
        resident.open(verificationPath(email));
        resident.waitForText("your e-mail address is confirmed");
        resident.signIn(email, "a long enough passphrase");
        resident.open(topic);
        resident.type("ask-text", question);
        resident.click("ask-submit");
        resident.waitForText("awaiting moderation");
        resident.open("me");
        assertThat(resident.bodyText()).contains(question).contains("Awaiting moderation");

        var moderator = openBrowser();
        moderator.signIn(Demo.MODERATOR, Demo.PASSWORD);
        moderator.open("moderation");
        while (moderator.driver().findElements(By.cssSelector("[id^='queue-item-']")).stream()
                        .noneMatch(e -> e.getText().contains(question))
                && moderator.present("queue-more")) {
            moderator.click("queue-more");
        }
        var item = moderator.driver().findElements(By.cssSelector("[id^='queue-item-']")).stream()
                .filter(e -> e.getText().contains(question))
                .findFirst()
                .orElseThrow();
        var id = item.getAttribute("id").substring("queue-item-".length());
        moderator.click("approve-" + id);
        moderator.waitUntilGone("queue-item-" + id);

        var staff = openBrowser();
        staff.signIn(Demo.STAFF, Demo.PASSWORD);
        staff.open("answers");
        staff.clickShowingMore("answer-open-" + id, "desk-more");
        staff.type("answer-text-en", answer);
        staff.click("answer-publish");
        staff.waitUntilGone("answer-open-" + id);

        var visitor = openBrowser();
        visitor.open(topic);
        var card = visitor.byId("question-" + id);
        assertThat(card.getText()).contains(question).contains(answer).contains(Demo.BUREAU);
        assertThat(card.findElement(By.className("meta")).getAttribute("data-state"))
                .isEqualTo("answered");
        assertThat(visitor.present("ask-text")).isFalse();
    }
}
