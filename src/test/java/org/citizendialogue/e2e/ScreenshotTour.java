package org.citizendialogue.e2e;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.citizendialogue.support.Demo;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;

/**
 * Not a test: a tour that saves a screenshot of every screen, desktop and 360 px phone, English
 * and Chinese, to target/screenshots for people to look at. Run it with
 * {@code ./mvnw test -Dtest=ScreenshotTour -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class ScreenshotTour extends BrowserTest {

    record Stop(String name, String path, String account) {}

    static final String TOPIC = "dialogues/" + Demo.DIALOGUE + "/topics/digital-cities";

    static final List<Stop> STOPS = List.of(
            new Stop("home", "", null),
            new Stop("programme", "dialogues/" + Demo.DIALOGUE, null),
            new Stop("topic", TOPIC, null),
            new Stop("question", "questions/9", null),
            new Stop("login", "login", null),
            // the "try again at" notice shows only after a refusal this session met (decision 019)
            new Stop("forgot-password", "forgot-password", null),
            new Stop("reset-password-invalid", "reset-password?token=made-up", null),
            new Stop("verify-email-invalid", "verify-email?token=made-up", null),
            new Stop("register", "register", null),
            new Stop("privacy", "privacy", null),
            new Stop("not-found", "questions/999999", null),
            new Stop("live-wall", "live/" + Demo.DIALOGUE, null),
            new Stop("search", "search?q=5G", null),
            new Stop("statistics", "dialogues/" + Demo.DIALOGUE + "/statistics", null),
            new Stop("transparency", "dialogues/" + Demo.DIALOGUE + "/transparency", null),
            new Stop("scorecard", "scorecard", null),
            new Stop("topic-resident", TOPIC, Demo.RESIDENT),
            new Stop("me", "me", Demo.RESIDENT),
            // the asker's verdict form under the answer to her question (decision 030; the demo leaves it unrated)
            new Stop("question-verdict", "questions/3", Demo.RESIDENT),
            // a resident who opts in to two-step sign-in: the enrolment with its QR code
            new Stop("second-factor-enrol", "second-factor?continue=me", Demo.RESIDENT),
            new Stop("moderation", "moderation", Demo.MODERATOR),
            new Stop("moderation-reports", "moderation/reports", Demo.MODERATOR),
            new Stop("moderation-suspensions", "moderation/suspensions", Demo.MODERATOR),
            new Stop("moderation-audit", "moderation/audit", Demo.MODERATOR),
            // the second step of sign-in, as an enrolled person sees it (with the demo's current code)
            new Stop("second-factor", "second-factor", Demo.MODERATOR),
            new Stop("answers", "answers", Demo.STAFF),
            new Stop("polls", "dialogues/" + Demo.DIALOGUE + "/polls", Demo.STAFF),
            new Stop("answer-verdicts", "answers/verdicts", Demo.STAFF),
            new Stop("admin-stats", "admin/stats", Demo.ADMIN),
            new Stop("admin-programmes", "admin/programmes", Demo.ADMIN),
            new Stop("admin-programme-new", "admin/programmes/new", Demo.ADMIN),
            new Stop("admin-programme", "admin/programmes/1", Demo.ADMIN),
            new Stop("admin-accounts", "admin/accounts", Demo.ADMIN),
            new Stop("admin-lists", "admin/lists", Demo.ADMIN),
            new Stop("admin-blocked-words", "admin/blocked-words", Demo.ADMIN),
            new Stop("admin-rejection-reasons", "admin/rejection-reasons", Demo.ADMIN),
            // the demo outbox (decision 021); the tests switch it on, as demo mode without SMTP does
            new Stop("admin-outbox", "admin/outbox", Demo.ADMIN),
            // a demo resident suspended for a week (R__demo_data.sql): the notice instead of the forms
            new Stop("topic-suspended", TOPIC, "gao.min@example.org"),
            // a demo resident who agreed to an older privacy notice (R__demo_data.sql): asked again (decision 024)
            new Stop("privacy-consent", "me", "sun.mei@example.org"));

    @Test
    void tour() throws Exception {
        var out = Path.of("target/screenshots");
        Files.createDirectories(out);
        for (var size : new int[][] {{1280, 1000}, {360, 780}}) {
            for (var language : List.of("en", "zh-CN")) {
                String signedIn = null;
                var browser = openBrowser(size[0], size[1]);
                browser.open("");
                browser.driver().manage().addCookie(new Cookie("cd-locale", language));
                for (var stop : STOPS) {
                    if (stop.account() != null && !stop.account().equals(signedIn)) {
                        if (signedIn != null) {
                            browser.signOut();
                        }
                        browser.signIn(stop.account(), Demo.PASSWORD);
                        signedIn = stop.account();
                    }
                    browser.open(stop.path());
                    Thread.sleep(600);
                    var png = ((TakesScreenshot) browser.driver()).getScreenshotAs(OutputType.BYTES);
                    Files.write(out.resolve(stop.name() + "-" + language + "-" + size[0] + ".png"), png);
                }
                browser.driver().quit();
            }
        }
    }
}
