package org.citizendialogue.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.citizendialogue.account.AccountService;
import org.citizendialogue.account.RegistrationDraft;
import org.citizendialogue.programme.ProgrammeService;
import org.citizendialogue.programme.ProgrammeStatus;
import org.citizendialogue.submission.SubmissionService;
import org.citizendialogue.support.Acting;
import org.citizendialogue.support.Demo;
import org.citizendialogue.support.Fixtures;
import org.citizendialogue.support.Residents;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Two browsers: a visitor watches the live wall; a moderator approves a question and staff put
 * it on air. The visitor's page changes by itself, without a reload.
 */
class LiveWallJourneyTest extends BrowserTest {

    @Autowired
    Residents residentsHelper;

    @Autowired
    Fixtures fixtures;

    @Autowired
    ProgrammeService programmes;

    @Autowired
    SubmissionService submissions;

    @Autowired
    AccountService accounts;

    @Autowired
    Acting acting;

    @Test
    void the_wall_follows_approval_and_now_answering_without_reload() {
        var programme = fixtures.staffedProgramme("OPEN");
        acting.run(Demo.STAFF, () -> programmes.changeStatus(programme.dialogueId(), ProgrammeStatus.LIVE));
        var resident = "wall-" + System.nanoTime() + "@example.org";
        accounts.register(new RegistrationDraft(resident, "Wall Resident", "a long enough passphrase", true));
        residentsHelper.confirm(resident);
        var text = "Wall journey " + System.nanoTime() + ": will the live stream have Chinese subtitles?";
        long id = acting.as(resident, () -> submissions.ask(programme.topicId(), text));

        var visitor = openBrowser();
        visitor.open("live/" + programme.slug());
        var js = (JavascriptExecutor) visitor.driver();
        js.executeScript("window.__notReloaded = true");
        assertThat(visitor.byId("live-top-questions").getText()).doesNotContain(text);

        var moderator = openBrowser();
        moderator.signIn(Demo.MODERATOR, Demo.PASSWORD);
        moderator.open("moderation");
        moderator.clickShowingMore("approve-" + id, "queue-more");

        new WebDriverWait(visitor.driver(), Duration.ofSeconds(10))
                .until(d -> d.findElement(By.id("live-top-questions")).getText().contains(text));

        var staff = openBrowser();
        staff.signIn(Demo.STAFF, Demo.PASSWORD);
        staff.open(programme.topicPath());
        staff.click("now-answering-" + id);

        new WebDriverWait(visitor.driver(), Duration.ofSeconds(10))
                .until(d -> d.findElement(By.id("live-now-answering")).getText().contains(text));
        assertThat(js.executeScript("return window.__notReloaded === true")).isEqualTo(true);
    }
}
