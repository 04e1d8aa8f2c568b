package org.citizendialogue.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;

import org.citizendialogue.shared.limits.LimitSettings;
import org.citizendialogue.shared.limits.RateLimits;
import org.citizendialogue.submission.BlockedPhrases;
import org.citizendialogue.submission.PhraseAction;
import org.citizendialogue.submission.SubmissionService;
import org.citizendialogue.support.Demo;
import org.citizendialogue.support.Fixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

/**
 * The abuse controls as people meet them: a resident over the limit reads when to try again, in
 * their language, and keeps the text; an admin manages the blocked phrases through the screen.
 */
class AbuseControlsUiTest extends BrowserlessUiTest {

    @Autowired
    SubmissionService submissions;

    @Autowired
    BlockedPhrases blocked;

    @Autowired
    LimitSettings limitSettings;

    @Autowired
    RateLimits rateLimits;

    @Autowired
    Fixtures fixtures;

    private void ask(String text) {
        test(byId(TextArea.class, "ask-text")).setValue(text);
        test(byId(Button.class, "ask-submit")).click();
    }

    @Test
    @WithUserDetails(Demo.RESIDENT)
    void a_resident_over_the_limit_sees_when_to_try_again_in_their_language_and_keeps_the_text() {
        // a second application context would unsettle the other UI tests' security set-up, so
        // this test lowers the allowance of the shared one for its own duration
        var previous = limitSettings.getSubmissions().getPerMinute();
        limitSettings.getSubmissions().setPerMinute(2);
        rateLimits.reset();
        try {
            overTheLimit();
        } finally {
            limitSettings.getSubmissions().setPerMinute(previous);
            rateLimits.reset();
        }
    }

    private void overTheLimit() {
        var run = System.nanoTime();
        navigate(TOPIC_PATH, Component.class);
        ask("First of a quick series " + run);
        ask("Second of a quick series " + run);
        var third = "Third of a quick series, 第三个问题 " + run;
        ask(third);
        var field = byId(TextArea.class, "ask-text");
        assertThat(field.isInvalid()).isTrue();
        assertThat(field.getErrorMessage()).contains("try again at").matches("(?s).*\\d{1,2}:\\d{2}:\\d{2}.*");
        assertThat(field.getValue()).as("nothing typed is lost").isEqualTo(third);
        var mine = acting.as(Demo.RESIDENT, () -> submissions.mine(0, 20));
        assertThat(mine)
                .as("the first two are saved")
                .anyMatch(m -> m.body().equals("First of a quick series " + run))
                .anyMatch(m -> m.body().equals("Second of a quick series " + run))
                .as("the third is not")
                .noneMatch(m -> m.body().equals(third));
        mine.stream()
                .filter(m -> m.body().endsWith(" " + run))
                .forEach(m -> acting.run(Demo.RESIDENT, () -> submissions.withdraw(m.id())));

        UI.getCurrent().setLocale(Locale.SIMPLIFIED_CHINESE);
        ask(third);
        assertThat(byId(TextArea.class, "ask-text").getErrorMessage()).contains("之后再试");
        assertThat(byId(TextArea.class, "ask-text").getValue()).isEqualTo(third);
    }

    @Test
    @WithUserDetails(Demo.ADMIN)
    @SuppressWarnings("unchecked")
    void an_admin_adds_changes_and_removes_a_phrase_and_bad_input_is_refused_at_the_field() {
        navigate("admin/lists", Component.class);
        assertThat(exists("admin-nav-blocked")).isTrue();
        navigate("admin/blocked-words", Component.class);
        var phrase = "刷单返利 " + System.nanoTime();
        test(byId(TextField.class, "blocked-phrase")).setValue(phrase);
        test((Select<PhraseAction>) byId(Select.class, "blocked-action"))
                .selectItem(UI.getCurrent().getTranslation("blocked.action.HOLD"));
        test(byId(Button.class, "blocked-add")).click();
        var added = acting.as(Demo.ADMIN, () -> blocked.list()).stream()
                .filter(p -> p.phrase().equals(phrase))
                .findFirst()
                .orElseThrow();
        assertThat(added.action()).isEqualTo(PhraseAction.HOLD);
        assertThat(exists("blocked-row-" + added.id())).isTrue();
        assertThat(byId(TextField.class, "blocked-phrase").getValue())
                .as("cleared after adding")
                .isEmpty();

        test(byId(TextField.class, "blocked-phrase")).setValue(phrase);
        test(byId(Button.class, "blocked-add")).click();
        assertThat(byId(TextField.class, "blocked-phrase").isInvalid())
                .as("a duplicate, at the field")
                .isTrue();
        assertThat(byId(TextField.class, "blocked-phrase").getValue())
                .as("kept")
                .isEqualTo(phrase);
        test(byId(TextField.class, "blocked-phrase")).setValue("   ");
        test(byId(Button.class, "blocked-add")).click();
        assertThat(byId(TextField.class, "blocked-phrase").isInvalid())
                .as("empty, at the field")
                .isTrue();

        test((Select<PhraseAction>) byId(Select.class, "blocked-action-" + added.id()))
                .selectItem(UI.getCurrent().getTranslation("blocked.action.REFUSE"));
        assertThat(acting.as(Demo.ADMIN, () -> blocked.list()))
                .anyMatch(p -> p.id() == added.id() && p.action() == PhraseAction.REFUSE);

        test(byId(Button.class, "blocked-remove-" + added.id())).click();
        assertThat(exists("blocked-row-" + added.id())).isFalse();
        assertThat(acting.as(Demo.ADMIN, () -> blocked.list())).noneMatch(p -> p.id() == added.id());
    }

    @Test
    @WithUserDetails(Demo.MODERATOR)
    void the_moderator_sees_the_held_flag_with_the_matched_phrase_on_the_queue_item() {
        var phrase = "加我微信" + System.nanoTime();
        long phraseId = acting.as(Demo.ADMIN, () -> blocked.add(phrase, PhraseAction.HOLD));
        var author = newResident();
        long held = acting.as(author, () -> submissions.ask(topicId(), "详情请" + phrase + "咨询"));
        try {
            navigate("moderation", Component.class);
            assertThat(exists("queue-item-" + held)).isTrue();
            assertThat(byId(Span.class, "held-" + held).getText()).contains(phrase);
        } finally {
            acting.run(author, () -> submissions.withdraw(held));
            acting.run(Demo.ADMIN, () -> blocked.remove(phraseId));
        }
    }

    private long topicId() {
        return fixtures.programme("OPEN").topicId();
    }

    @Test
    @WithUserDetails(Demo.MODERATOR)
    void a_moderator_cannot_open_the_blocked_words_screen_nor_call_it() {
        navigate("admin/blocked-words", Component.class);
        assertThat(exists("blocked-phrase")).isFalse();
        assertThatThrownBy(() -> blocked.add("moderator wants this", PhraseAction.REFUSE))
                .isInstanceOf(AccessDeniedException.class);
    }
}
