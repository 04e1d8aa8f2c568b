package org.citizendialogue.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.citizendialogue.submission.QueueFilter;
import org.citizendialogue.submission.SubmissionModeration;
import org.citizendialogue.support.Acting;
import org.citizendialogue.support.Demo;
import org.citizendialogue.support.Words;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An admin creates a programme with two topics and opens it; a resident asks in it; a moderator
 * approves; anyone finds the question by a word in it.
 */
class AdminProgrammeJourneyTest extends BrowserTest {

    @Autowired
    Acting acting;

    @Autowired
    SubmissionModeration submissions;

    @Test
    void admin_creates_and_opens_a_programme_a_resident_asks_and_the_approved_question_is_found() {
        var slug = "journey-programme-" + System.nanoTime();
        var title = "Journey programme " + slug;
        var word = Words.unique();

        var admin = openBrowser();
        admin.signIn(Demo.ADMIN, Demo.PASSWORD);
        admin.open("admin/programmes");
        admin.click("admin-programme-new");
        admin.byId("programme-title-en");
        admin.type("programme-title-zh", "旅程节目 " + slug);
        admin.type("programme-title-en", title);
        admin.type("programme-slug", slug);
        admin.type("programme-guest-name-zh", "姜广智");
        admin.type("programme-guest-name-en", "Jiang Guangzhi");
        admin.type("programme-guest-title-zh", "局长");
        admin.type("programme-guest-title-en", "Director");
        // the bureau's Chinese name picks the known bureau and fills in its English name
        admin.type("programme-bureau-zh", Demo.BUREAU_ZH + Keys.ENTER);
        admin.type("programme-summary-zh", "管理员旅程创建的节目。");
        admin.type("programme-summary-en", "A programme made by the admin journey.");
        var startsAt = admin.byId("programme-starts-at").findElements(By.cssSelector("input"));
        startsAt.get(0).sendKeys("4/2/2026" + Keys.ENTER);
        startsAt.get(1).sendKeys("19:30" + Keys.ENTER);
        admin.type("programme-livestream", "https://live.example.org/" + slug);
        admin.click("programme-save");

        admin.byId("topic-title-zh");
        addTopic(admin, "智慧养老", "Smart elderly care", "elderly-care");
        addTopic(admin, "数字技能", "", "digital-skills");
        press(admin, "programme-status-open");
        press(admin, "programme-public-link");
        admin.waitForText(title);
        assertThat(admin.bodyText()).contains("Smart elderly care").contains("数字技能");
        var chineseOnly = admin.driver().findElement(By.cssSelector("a[href$='/topics/digital-skills']"));
        assertThat(chineseOnly.getAttribute("lang"))
                .as("an English reader, a topic only in Chinese")
                .isEqualTo("zh-CN");
        assertThat(admin.driver()
                        .findElement(By.cssSelector("a[href$='/topics/elderly-care']"))
                        .getAttribute("lang"))
                .as("the reader's own language needs no mark")
                .isNullOrEmpty();

        var resident = openBrowser();
        resident.signIn(Demo.RESIDENT, Demo.PASSWORD);
        resident.open("dialogues/" + slug + "/topics/digital-skills");
        var question = "Will the library teach " + word + " classes for older residents?";
        resident.type("ask-text", question);
        resident.click("ask-submit");
        resident.waitForText("awaiting moderation");

        var item = acting.as(Demo.MODERATOR, () -> submissions.pending(QueueFilter.ALL, 0, 100)).stream()
                .filter(i -> i.body().contains(word))
                .findFirst()
                .orElseThrow();
        acting.run(Demo.MODERATOR, () -> submissions.approve(item.id(), item.version()));

        var visitor = openBrowser();
        visitor.open("search?q=" + word);
        // the index is updated after the commit: look again until it has caught up
        new WebDriverWait(visitor.driver(), Duration.ofSeconds(20)).until(d -> {
            if (visitor.present("search-result-" + item.id())) {
                return true;
            }
            d.navigate().refresh();
            visitor.waitForVaadin();
            return visitor.present("search-result-" + item.id());
        });
        assertThat(visitor.byId("search-result-" + item.id()).getText()).contains(word);
    }

    /**
     * Clicks a control that may be scrolled out of the layout's scroll area (the topics form is
     * below it): brought into view first, since a hidden-by-overflow element counts as invisible.
     */
    private static void press(Browser browser, String id) {
        var element = new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                .until(ExpectedConditions.presenceOfElementLocated(By.id(id)));
        ((JavascriptExecutor) browser.driver())
                .executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        browser.click(id);
    }

    private static void addTopic(Browser admin, String titleZh, String titleEn, String slug) {
        admin.type("topic-title-zh", titleZh);
        if (!titleEn.isEmpty()) {
            admin.type("topic-title-en", titleEn);
        }
        admin.type("topic-slug", slug);
        admin.click("topic-save");
        var shown = titleEn.isEmpty() ? titleZh : titleEn;
        new WebDriverWait(admin.driver(), Duration.ofSeconds(20))
                .until(d -> d.findElements(By.tagName("h3")).stream()
                        .anyMatch(h -> h.getText().startsWith(shown)));
    }
}
