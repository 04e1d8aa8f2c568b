package org.citizendialogue.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.citizendialogue.cluster.TestNodes;
import org.citizendialogue.programme.ProgrammeService;
import org.citizendialogue.programme.ProgrammeStatus;
import org.citizendialogue.submission.SubmissionService;
import org.citizendialogue.support.Acting;
import org.citizendialogue.support.Demo;
import org.citizendialogue.support.Fixtures;
import org.citizendialogue.support.Residents;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Issue 14 in Chromium: two portal nodes on Redis, each on its own port. A visitor watches the
 * live wall on node B; a moderator on node A approves a question and staff on node A put it on
 * air: the wall on B follows both without a reload.
 */
class TwoNodesJourneyTest extends BrowserTest {

    private static TestNodes nodes;
    private static ConfigurableApplicationContext a;
    private static ConfigurableApplicationContext b;

    @BeforeAll
    static void startNodes() {
        nodes = new TestNodes();
        a = nodes.start("journey-a", TestNodes.MACHINE_REDIS);
        b = nodes.start("journey-b", TestNodes.MACHINE_REDIS);
    }

    @AfterAll
    static void stopNodes() {
        if (nodes != null) {
            nodes.close();
        }
    }

    private Browser on(ConfigurableApplicationContext node) {
        var browser = openBrowser();
        return new Browser(browser.driver(), "http://localhost:" + TestNodes.port(node) + "/", jdbc);
    }

    @Test
    void a_wall_open_on_node_b_follows_an_approval_and_now_answering_on_node_a() {
        var programme = a.getBean(Fixtures.class).staffedProgramme("OPEN");
        var acting = a.getBean(Acting.class);
        acting.run(
                Demo.STAFF,
                () -> a.getBean(ProgrammeService.class).changeStatus(programme.dialogueId(), ProgrammeStatus.LIVE));
        var resident = a.getBean(Residents.class).register("Two nodes resident");
        var text = "Two nodes journey " + System.nanoTime() + ": is the wall the same on every screen?";
        long id = acting.as(resident, () -> a.getBean(SubmissionService.class).ask(programme.topicId(), text));

        var visitor = on(b);
        visitor.open("live/" + programme.slug());
        var js = (JavascriptExecutor) visitor.driver();
        js.executeScript("window.__notReloaded = true");
        assertThat(visitor.byId("live-top-questions").getText()).doesNotContain(text);

        var moderator = on(a);
        moderator.signIn(Demo.MODERATOR, Demo.PASSWORD);
        moderator.open("moderation");
        moderator.clickShowingMore("approve-" + id, "queue-more");

        new WebDriverWait(visitor.driver(), Duration.ofSeconds(10))
                .until(d -> d.findElement(By.id("live-top-questions")).getText().contains(text));

        var staff = on(a);
        staff.signIn(Demo.STAFF, Demo.PASSWORD);
        staff.open(programme.topicPath());
        staff.click("now-answering-" + id);

        new WebDriverWait(visitor.driver(), Duration.ofSeconds(10))
                .until(d -> d.findElement(By.id("live-now-answering")).getText().contains(text));
        assertThat(js.executeScript("return window.__notReloaded === true")).isEqualTo(true);
    }
}
