package org.citizendialogue.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import org.citizendialogue.poll.Poll;
import org.citizendialogue.poll.PollDraft;
import org.citizendialogue.poll.Polls;
import org.citizendialogue.support.Demo;
import org.citizendialogue.support.Fixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;

/**
 * Live polls through the views: staff prepare one on the programme's poll page (refusals at the
 * field, both languages side by side) and open it; a resident votes on a topic page and changes
 * their mind; the programme page keeps the demo's closed poll with its results, in Chinese too.
 */
class PollUiTest extends BrowserlessUiTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    Polls polls;

    @AfterEach
    void signOut() {
        acting.clear();
    }

    @Test
    void staff_prepare_and_open_a_poll_and_a_resident_votes_on_the_topic_page() {
        var programme = fixtures.staffedProgramme("LIVE");
        signInAs(Demo.STAFF);
        navigate("dialogues/" + programme.slug(), Component.class);
        assertThat(exists("poll-run-link")).isTrue();
        navigate("dialogues/" + programme.slug() + "/polls", Component.class);

        test(byId(TextField.class, "poll-option-1-en")).setValue("Yes");
        test(byId(Button.class, "poll-save")).click();
        assertThat(byId(TextField.class, "poll-question-en").isInvalid())
                .as("the question is refused at its field")
                .isTrue();
        assertThat(byId(TextField.class, "poll-option-1-en").getValue()).isEqualTo("Yes");

        test(byId(TextField.class, "poll-question-en")).setValue("Should the city open more data?");
        test(byId(TextField.class, "poll-option-3-en")).setValue("x".repeat(PollDraft.OPTION_MAX + 1));
        test(byId(Button.class, "poll-save")).click();
        assertThat(byId(TextField.class, "poll-question-en").isInvalid())
                .as("an earlier refusal is taken away")
                .isFalse();
        assertThat(byId(TextField.class, "poll-option-3-en").isInvalid())
                .as("a too long third answer is refused at the third answer")
                .isTrue();
        assertThat(byId(TextField.class, "poll-option-3-en").getErrorMessage()).isNotBlank();
        test(byId(TextField.class, "poll-option-3-en")).setValue("");

        test(byId(Button.class, "poll-save")).click();
        assertThat(byId(Paragraph.class, "poll-options-error").isVisible())
                .as("one answer is not enough")
                .isTrue();

        test(byId(TextField.class, "poll-question-zh")).setValue("城市应该开放更多数据吗？");
        test(byId(TextField.class, "poll-option-1-zh")).setValue("应该");
        test(byId(TextField.class, "poll-option-2-en")).setValue("No");
        test(byId(TextField.class, "poll-option-2-zh")).setValue("不应该");
        test(byId(Button.class, "poll-save")).click();
        var prepared = acting.as(Demo.STAFF, () -> polls.forStaff(programme.dialogueId()))
                .getFirst();
        test(byId(Button.class, "poll-open-" + prepared.id())).click();
        assertThat(exists("poll-close-" + prepared.id())).isTrue();
        // the staff member leaves their poll page: browserless UIs share the test's thread, so an open
        // staff page would apply the resident's vote under the resident's sign-in (a browser has its own)
        navigate("", Component.class);

        var resident = newResident();
        signInAs(resident);
        navigate(programme.topicPath(), Component.class);
        assertThat(byId(Paragraph.class, "poll-question").getText()).isEqualTo("Should the city open more data?");
        @SuppressWarnings("unchecked")
        RadioButtonGroup<Poll.Option> choice = byId(RadioButtonGroup.class, "poll-choice");
        test(byId(Button.class, "poll-vote")).click();
        assertThat(byId(Paragraph.class, "poll-error").getText()).contains("Choose an answer");
        choice.setValue(prepared.options().get(1));
        test(byId(Button.class, "poll-vote")).click();
        assertThat(polls.poll(prepared.id()).orElseThrow().options())
                .extracting(Poll.Option::votes)
                .containsExactly(0, 1);
        assertThat(byId(Button.class, "poll-vote").getText()).isEqualTo("Change my vote");

        UI.getCurrent().setLocale(Locale.SIMPLIFIED_CHINESE);
        navigate("login", Component.class);
        navigate(programme.topicPath(), Component.class);
        assertThat(byId(Paragraph.class, "poll-question").getText()).isEqualTo("城市应该开放更多数据吗？");
        assertThat(byId(Paragraph.class, "poll-question").getElement().hasAttribute("lang"))
                .as("the reader's own language needs no lang of its own")
                .isFalse();
    }

    @Test
    void the_programme_page_keeps_closed_polls_with_their_results() {
        navigate("dialogues/" + Demo.DIALOGUE, Component.class);
        assertThat(exists("closed-poll-240")).isTrue();
        assertThat(byId(ListItem.class, "poll-option-243").getElement().getTextRecursively())
                .contains("Artificial intelligence", "3 votes", "50 %");
        assertThat(exists("poll-run-link")).as("not for visitors").isFalse();
    }

    @Test
    void a_resident_cannot_open_the_staff_poll_page() {
        signInAs(Demo.RESIDENT);
        navigate("dialogues/" + Demo.DIALOGUE + "/polls", Component.class);
        assertThat(exists("poll-form")).isFalse();
    }

    @Test
    void the_live_wall_shows_the_open_poll() {
        var programme = fixtures.staffedProgramme("LIVE");
        long id = acting.as(
                Demo.STAFF,
                () -> polls.prepare(
                        programme.dialogueId(),
                        new PollDraft(
                                "On the wall?",
                                null,
                                List.of(new PollDraft.Option("Yes", null), new PollDraft.Option("No", null)))));
        acting.run(Demo.STAFF, () -> polls.open(id, false));
        navigate("live/" + programme.slug(), Component.class);
        assertThat(byId(Paragraph.class, "poll-question").getText()).isEqualTo("On the wall?");
        assertThat(exists("poll-vote")).as("the wall only shows results").isFalse();
    }
}
