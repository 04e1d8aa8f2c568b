package org.citizendialogue.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Locale;

import org.citizendialogue.answer.AnswerDesk;
import org.citizendialogue.answer.AnswerForm;
import org.citizendialogue.notification.FollowTarget;
import org.citizendialogue.notification.NotificationService;
import org.citizendialogue.submission.SubmissionService;
import org.citizendialogue.support.Demo;
import org.citizendialogue.support.Fixtures;
import org.citizendialogue.support.MovableClock;
import org.citizendialogue.verdict.DeskVerdict;
import org.citizendialogue.verdict.VerdictFilter;
import org.citizendialogue.verdict.VerdictRating;
import org.citizendialogue.verdict.Verdicts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;

/**
 * Verdicts through the views: the asker rates the answer on the question page (a refusal without
 * a rating, then the verdict with a comment that waits for a moderator), anyone reads the rating,
 * a follower says it helped once, staff read it on the desk's verdict page and its flag, in
 * English and Chinese.
 */
class VerdictUiTest extends BrowserlessUiTest {

    @Autowired
    MovableClock clock;

    @Autowired
    Verdicts verdicts;

    @Autowired
    Fixtures fixtures;

    @Autowired
    SubmissionService submissions;

    @Autowired
    AnswerDesk answers;

    @Autowired
    NotificationService notifications;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void signOut() {
        acting.clear();
    }

    @Test
    void the_asker_rates_a_follower_says_it_helped_and_staff_see_it_flagged() {
        var programme = fixtures.staffedProgramme("OPEN");
        var asker = newResident();
        long id = acting.as(
                asker, () -> submissions.ask(programme.topicId(), "Where is the yearly report? " + System.nanoTime()));
        residents.approve(id);
        acting.run(
                Demo.STAFF,
                () -> answers.publish(id, AnswerForm.answered("On the bureau's website, every March."), null));

        signInAs(asker);
        navigate("questions/" + id, Component.class);
        assertThat(byId(Paragraph.class, "verdict-asker-rating").getText()).contains("has not given a verdict");
        test(byId(Button.class, "verdict-submit")).click();
        assertThat(byId(Paragraph.class, "verdict-error").getText()).contains("Choose satisfied");
        @SuppressWarnings("unchecked")
        RadioButtonGroup<VerdictRating> rating = byId(RadioButtonGroup.class, "verdict-rating");
        rating.setValue(VerdictRating.NOT_SATISFIED);
        test(byId(TextArea.class, "verdict-comment")).setValue("It does not say where on the website.");
        test(byId(Button.class, "verdict-submit")).click();
        assertThat(byId(Paragraph.class, "verdict-mine").getText()).contains("Not satisfied");
        assertThat(byId(Paragraph.class, "verdict-comment-state").getText()).contains("moderator");
        assertThat(byId(Button.class, "verdict-submit").getText()).isEqualTo("Change my verdict");

        var follower = newResident();
        acting.run(follower, () -> notifications.follow(FollowTarget.QUESTION, id));
        signInAs(follower);
        navigate("questions/" + id, Component.class);
        assertThat(byId(Paragraph.class, "verdict-asker-rating").getText()).contains("Not satisfied");
        assertThat(exists("verdict-rating")).as("only the asker rates").isFalse();
        assertThat(pageShows("It does not say where"))
                .as("the comment waits for a moderator")
                .isFalse();
        test(byId(Button.class, "verdict-helped")).click();
        assertThat(exists("verdict-helped")).isFalse();
        assertThat(byId(Paragraph.class, "verdict-helped-mine").isVisible()).isTrue();
        assertThat(byId(Paragraph.class, "verdict-helped-count").getText()).contains("1 person");

        clock.advance(Duration.ofDays(8));
        signInAs(Demo.STAFF);
        navigate("answers", Component.class);
        assertThat(exists("desk-verdicts-link")).isTrue();
        navigate("answers/verdicts", Component.class);
        long verdictId = acting.as(Demo.STAFF, () -> verdicts.desk(VerdictFilter.ALL)).stream()
                .filter(v -> v.questionId() == id)
                .map(DeskVerdict::id)
                .findFirst()
                .orElseThrow();
        assertThat(exists("verdict-" + verdictId)).isTrue();
        assertThat(exists("verdict-flagged-" + verdictId)).isTrue();
        @SuppressWarnings("unchecked")
        Select<VerdictFilter> filter = byId(Select.class, "verdict-filter");
        filter.setValue(VerdictFilter.FLAGGED);
        assertThat(exists("verdict-" + verdictId)).isTrue();

        UI.getCurrent().setLocale(Locale.SIMPLIFIED_CHINESE);
        navigate("login", Component.class);
        navigate("answers/verdicts", Component.class);
        assertThat(byId(Paragraph.class, "verdict-flagged-" + verdictId).getText())
                .contains("未回应");
        signInAs(asker);
        navigate("questions/" + id, Component.class);
        assertThat(byId(Paragraph.class, "verdict-mine").getText()).contains("不满意");
    }

    @Test
    void visitors_read_the_rating_and_have_nothing_to_click() {
        navigate("questions/1", Component.class);
        assertThat(byId(Paragraph.class, "verdict-asker-rating").getText()).contains("Satisfied");
        assertThat(byId(Paragraph.class, "verdict-helped-count").getText()).contains("2 people");
        assertThat(exists("verdict-rating")).isFalse();
        assertThat(exists("verdict-helped")).isFalse();
    }
}
