package org.citizendialogue.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.citizendialogue.answer.AnswerDesk;
import org.citizendialogue.answer.AnswerForm;
import org.citizendialogue.submission.SubmissionService;
import org.citizendialogue.support.Acting;
import org.citizendialogue.support.Demo;
import org.citizendialogue.support.Fixtures;
import org.citizendialogue.support.Residents;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The asker, on a 360 px phone in Chinese, rates the official answer to their question "not
 * satisfied" with a comment; a visitor's page shows the rating (the comment waits for a
 * moderator), the public scorecard of the programme counts the rating, and the staff's verdict
 * page lists it in English.
 */
class VerdictJourneyTest extends BrowserTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    Residents residents;

    @Autowired
    SubmissionService submissions;

    @Autowired
    AnswerDesk answers;

    @Autowired
    Acting acting;

    @Test
    void the_asker_rates_the_answer_on_a_phone_and_staff_see_the_verdict() {
        var programme = fixtures.staffedProgramme("OPEN");
        var asker = residents.register("Verdict Journey Asker");
        var question = "When does the data exchange open on weekends? " + System.nanoTime();
        long id = acting.as(asker, () -> submissions.ask(programme.topicId(), question));
        residents.approve(id);
        acting.run(Demo.STAFF, () -> answers.publish(id, AnswerForm.answered("From next spring, on Saturdays."), null));

        var visitor = openBrowser();
        visitor.open("scorecard?programme=" + programme.slug());
        assertThat(visitor.byId("scorecard-all-all").getText()).doesNotContain("not satisfied");

        var phone = openBrowser(360, 780, "zh-CN");
        phone.signIn(asker, Residents.PASSWORD);
        phone.open("questions/" + id);
        assertThat(phone.byId("verdict-asker-rating").getText()).contains("尚未评价");
        var notSatisfied = phone.byId("verdict-rating")
                .findElements(By.tagName("vaadin-radio-button"))
                .get(2);
        ((JavascriptExecutor) phone.driver())
                .executeScript("arguments[0].scrollIntoView({block: 'center'})", notSatisfied);
        notSatisfied.click();
        phone.type("verdict-comment", "没有说明在哪里办理。");
        phone.click("verdict-submit");
        phone.waitForText("修改评价");
        assertThat(phone.byId("verdict-mine").getText()).contains("不满意");

        visitor.open("scorecard?programme=" + programme.slug());
        assertThat(visitor.byId("scorecard-all-all").getText())
                .as("the scorecard moved")
                .contains("0 satisfied, 0 partly, 1 not satisfied (1 rating)");
        visitor.open("questions/" + id);
        assertThat(visitor.byId("verdict-asker-rating").getText()).contains("Not satisfied");
        assertThat(visitor.bodyText()).doesNotContain("没有说明在哪里办理");

        var staff = openBrowser();
        staff.signIn(Demo.STAFF, Demo.PASSWORD);
        staff.open("answers/verdicts");
        staff.waitForText(question);
        assertThat(staff.bodyText()).contains("Not satisfied").contains("A comment waits for moderation.");
    }
}
