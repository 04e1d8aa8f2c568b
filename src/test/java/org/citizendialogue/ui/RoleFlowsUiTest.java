package org.citizendialogue.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Locale;
import java.util.Set;

import org.awaitility.Awaitility;
import org.citizendialogue.answer.AnswerDesk;
import org.citizendialogue.answer.AnswerForm;
import org.citizendialogue.answer.PublishedAnswers;
import org.citizendialogue.shared.Bilingual;
import org.citizendialogue.submission.MySubmission;
import org.citizendialogue.submission.PublishedSubmissions;
import org.citizendialogue.submission.QuestionSort;
import org.citizendialogue.submission.RejectionReason;
import org.citizendialogue.submission.SubmissionModeration;
import org.citizendialogue.submission.SubmissionService;
import org.citizendialogue.submission.SubmissionStatus;
import org.citizendialogue.support.Demo;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;

/** Each role's part of the loop, through the views, with the refusals that go with it. */
class RoleFlowsUiTest extends BrowserlessUiTest {

    @Autowired
    SubmissionService submissions;

    @Autowired
    PublishedSubmissions published;

    @Autowired
    SubmissionModeration moderation;

    @Autowired
    AnswerDesk answers;

    @Autowired
    PublishedAnswers publishedAnswers;

    private long newestPendingOf(String email) {
        return acting.as(email, () -> submissions.mine(0, 1)).stream()
                .findFirst()
                .map(MySubmission::id)
                .orElseThrow();
    }

    private int version(long id) {
        return acting.as(Demo.MODERATOR, () -> moderation.pendingItem(id))
                .orElseThrow()
                .version();
    }

    @Test
    @WithUserDetails(Demo.RESIDENT)
    void resident_asks_sees_awaiting_moderation_and_it_is_listed_under_me_as_pending() {
        navigate(TOPIC_PATH, Component.class);
        test(byId(TextArea.class, "ask-text")).setValue("Which districts get 5G next? 下一步哪些区域覆盖5G？");
        test(byId(Button.class, "ask-submit")).click();
        assertThat(pageShows("awaiting moderation")).isTrue();
        assertThat(byId(TextArea.class, "ask-text").getValue()).isEmpty();

        var id = newestPendingOf(Demo.RESIDENT);
        navigate("me", Component.class);
        assertThat(exists("my-submission-" + id)).isTrue();
        assertThat(exists("withdraw-" + id)).isTrue();
        test(byId(Button.class, "withdraw-" + id)).click();
        assertThat(exists("withdraw-" + id)).isFalse();
        assertThat(acting.as(Demo.RESIDENT, () -> submissions.mine(0, 1))
                        .getFirst()
                        .status())
                .isEqualTo(SubmissionStatus.WITHDRAWN);
    }

    @Test
    @WithUserDetails(Demo.RESIDENT)
    void resident_empty_or_over_long_question_is_refused_at_the_field_and_kept() {
        navigate(TOPIC_PATH, Component.class);
        var before = acting.as(Demo.RESIDENT, () -> submissions.mine(0, 1));
        test(byId(Button.class, "ask-submit")).click();
        assertThat(byId(TextArea.class, "ask-text").isInvalid()).isTrue();
        var tooLong = "长".repeat(SubmissionService.BODY_MAX + 1);
        test(byId(TextArea.class, "ask-text")).setValue(tooLong);
        test(byId(Button.class, "ask-submit")).click();
        assertThat(byId(TextArea.class, "ask-text").isInvalid()).isTrue();
        assertThat(byId(TextArea.class, "ask-text").getErrorMessage()).contains("1,000");
        assertThat(byId(TextArea.class, "ask-text").getValue()).isEqualTo(tooLong);
        assertThat(acting.as(Demo.RESIDENT, () -> submissions.mine(0, 1))).isEqualTo(before);
    }

    @Test
    @WithUserDetails(Demo.RESIDENT)
    void resident_cannot_open_the_moderation_queue_or_the_answer_desk_nor_call_them() {
        navigate("moderation", Component.class);
        assertThat(exists("queue-count")).isFalse();
        navigate("answers", Component.class);
        assertThat(exists("answer-open-4")).isFalse();
        assertThat(exists("nav-moderation")).isFalse();
        assertThatThrownBy(() -> moderation.approve(54, 0)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> moderation.reject(54, 0, RejectionReason.SPAM, null))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> answers.publish(4, AnswerForm.answered("not mine to answer"), null))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails(Demo.MODERATOR)
    void moderator_approves_from_the_queue_and_the_question_becomes_public() {
        var resident = newResident();
        var id = residents.asks(resident, Demo.TOPIC_ID, "Please approve me, moderator");
        navigate("moderation", Component.class);
        assertThat(exists("queue-item-" + id)).isTrue();
        assertThat(exists("nav-moderation")).isTrue();
        test(byId(Button.class, "approve-" + id)).click();
        assertThat(exists("queue-item-" + id)).isFalse();
        assertThat(published.publishedQuestions(Demo.TOPIC_ID, QuestionSort.NEWEST, 0, 50))
                .anyMatch(q -> q.id() == id);
    }

    @Test
    @WithUserDetails(Demo.MODERATOR)
    void moderator_rejects_with_a_reason_and_the_author_sees_it() {
        var resident = newResident();
        var id = residents.asks(resident, Demo.TOPIC_ID, "My neighbour Wang at No. 5 is noisy");
        navigate("moderation", Component.class);
        test(byId(Button.class, "reject-" + id)).click();
        test(byId(Button.class, "reject-confirm")).click();
        assertThat(byId(Select.class, "reject-reason").isInvalid())
                .as("a reason is required")
                .isTrue();
        @SuppressWarnings("unchecked")
        Select<RejectionReason> reason = byId(Select.class, "reject-reason");
        test(reason).selectItem("It contains personal data (such as a phone number, address or someone’s name).");
        test(byId(TextArea.class, "reject-note")).setValue("names a neighbour");
        test(byId(Button.class, "reject-confirm")).click();
        assertThat(exists("queue-item-" + id)).isFalse();
        var mine = acting.as(resident, () -> submissions.mine(0, 1)).getFirst();
        assertThat(mine.status()).isEqualTo(SubmissionStatus.REJECTED);
        assertThat(mine.rejectionReason()).isEqualTo(RejectionReason.PERSONAL_DATA);
    }

    @Test
    @WithUserDetails(Demo.MODERATOR)
    void an_item_a_colleague_decides_leaves_the_queue_without_a_reload() {
        var resident = newResident();
        var id = residents.asks(resident, Demo.TOPIC_ID, "Two moderators, one question");
        navigate("moderation", Component.class);
        assertThat(exists("queue-item-" + id)).isTrue();
        acting.run(Demo.MODERATOR, () -> moderation.approve(id, version(id)));
        Awaitility.await().atMost(Duration.ofSeconds(5)).pollInSameThread().until(() -> {
            roundTrip();
            return !exists("queue-item-" + id);
        });
    }

    @Test
    @WithUserDetails(Demo.STAFF)
    void staff_answers_from_the_desk_and_the_answer_is_public_with_attribution() {
        var resident = newResident();
        var id = residents.asks(resident, Demo.TOPIC_ID, "Staff, please answer me");
        acting.run(Demo.MODERATOR, () -> moderation.approve(id, version(id)));
        navigate("answers", Component.class);
        while (!exists("answer-open-" + id) && byId(Button.class, "desk-more").isVisible()) {
            test(byId(Button.class, "desk-more")).click();
        }
        assertThat(exists("answer-open-" + id)).isTrue();
        test(byId(Button.class, "answer-open-" + id)).click();
        test(byId(TextArea.class, "answer-text-zh")).setValue("草稿：正在核实。");
        test(byId(Button.class, "answer-save-draft")).click();
        assertThat(publishedAnswers.forQuestions(Set.of(id))).isEmpty();
        test(byId(TextArea.class, "answer-text-en")).setValue("1.296 million users already have gigabit broadband.");
        test(byId(Button.class, "answer-publish")).click();
        assertThat(exists("answer-open-" + id)).isFalse();

        navigate("questions/" + id, Component.class);
        assertThat(pageShows("1.296 million users already have gigabit broadband."))
                .isTrue();
        assertThat(pageShows("Spokesperson, " + Demo.BUREAU)).isTrue();
        assertThat($(H3.class).withTextContaining(Demo.BUREAU).exists()).isTrue();
        assertThat(publishedAnswers.forQuestions(Set.of(id)).get(id).text())
                .as("published in both languages")
                .isEqualTo(Bilingual.of("草稿：正在核实。", "1.296 million users already have gigabit broadband."));
        UI.getCurrent().setLocale(Locale.SIMPLIFIED_CHINESE);
        navigate("questions/" + id, Component.class);
        assertThat(pageShows("草稿：正在核实。"))
                .as("a Chinese reader reads the Chinese version")
                .isTrue();
        assertThat($(H3.class).withTextContaining(Demo.BUREAU_ZH).exists()).isTrue();
    }
}
