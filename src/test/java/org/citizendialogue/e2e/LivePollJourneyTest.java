package org.citizendialogue.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.citizendialogue.support.Demo;
import org.citizendialogue.support.Fixtures;
import org.citizendialogue.support.Residents;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * During a live programme, staff prepare and open a poll on its poll page; two residents vote on
 * a topic page; the live wall, open in a third browser, shows each vote by push.
 */
class LivePollJourneyTest extends BrowserTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    Residents residents;

    @Test
    void staff_open_a_poll_residents_vote_and_the_wall_shows_the_result() {
        var programme = fixtures.staffedProgramme("LIVE");
        var staff = openBrowser();
        staff.signIn(Demo.STAFF, Demo.PASSWORD);
        staff.open("dialogues/" + programme.slug() + "/polls");
        staff.type("poll-question-en", "Which district should get the next data centre?");
        staff.type("poll-option-1-en", "Haidian");
        staff.type("poll-option-2-en", "Yizhuang");
        staff.click("poll-save");
        var open = new WebDriverWait(staff.driver(), Duration.ofSeconds(10))
                .until(d -> d.findElement(By.cssSelector("[id^='poll-open-']")));
        staff.click(open.getDomAttribute("id"));

        var wall = openBrowser();
        wall.open("live/" + programme.slug());
        assertThat(wall.byId("poll-question").getText()).isEqualTo("Which district should get the next data centre?");

        long clicked = 0;
        for (var name : new String[] {"Poll Voter One", "Poll Voter Two"}) {
            var resident = openBrowser();
            resident.signIn(residents.register(name), Residents.PASSWORD);
            resident.open(programme.topicPath());
            resident.byId("poll-choice")
                    .findElements(By.tagName("vaadin-radio-button"))
                    .get(1)
                    .click();
            clicked = System.nanoTime();
            resident.click("poll-vote");
            resident.waitForText("Change my vote");
        }

        new WebDriverWait(wall.driver(), Duration.ofSeconds(5), Duration.ofMillis(20))
                .until(d -> d.findElement(By.tagName("body")).getText().contains("2 votes in all."));
        System.out.printf(
                "POLL-TO-WALL %d ms from the second vote's click%n", (System.nanoTime() - clicked) / 1_000_000);
        assertThat(wall.bodyText()).contains("Yizhuang").contains("2 votes · 100 %");
    }
}
