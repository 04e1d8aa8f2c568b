package org.citizendialogue.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;

import org.citizendialogue.answer.AnswerDesk;
import org.citizendialogue.answer.AnswerOutcome;
import org.citizendialogue.answer.DeskFilter;
import org.citizendialogue.answer.DeskState;
import org.citizendialogue.answer.PublishedAnswers;
import org.citizendialogue.notification.FollowTarget;
import org.citizendialogue.notification.NotificationService;
import org.citizendialogue.submission.DeskOrder;
import org.citizendialogue.submission.SubmissionModeration;
import org.citizendialogue.submission.SubmissionService;
import org.citizendialogue.support.Demo;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

/** The answer desk, the public record of a question, follows and the notices on /me, through the views. */
class AnswersAndNotificationsUiTest extends BrowserlessUiTest {

    @Autowired
    SubmissionService submissions;

    @Autowired
    SubmissionModeration moderation;

    @Autowired
    AnswerDesk answers;

    @Autowired
    PublishedAnswers publishedAnswers;

    @Autowired
    NotificationService notifications;

    private long publishedBy(String resident, String text) {
        long id = acting.as(resident, () -> submissions.ask(Demo.TOPIC_ID, text));
        int version = acting.as(Demo.MODERATOR, () -> moderation.pendingItem(id))
                .orElseThrow()
                .version();
        acting.run(Demo.MODERATOR, () -> moderation.approve(id, version));
        return id;
    }

    @Test
    @WithUserDetails(Demo.STAFF)
    @SuppressWarnings("unchecked")
    void staff_forward_a_question_from_the_desk_with_a_template_and_edit_it_the_public_sees_state_and_history() {
        var resident = newResident();
        long id = publishedBy(resident, "Who looks after the broadband in my compound?");
        navigate("answers", Component.class);
        assertThat(exists("desk-sort")).isTrue();
        assertThat(exists("desk-topic")).isTrue();
        test(byId(Button.class, "answer-open-" + id)).click();
        Select<Object> template = byId(Select.class, "answer-template");
        test(template).selectItem("Thank you");
        assertThat(byId(TextArea.class, "answer-text-en").getValue()).startsWith("Thank you for your question.");
        Select<Object> state = byId(Select.class, "answer-state");
        state.setValue(AnswerOutcome.FORWARDED);
        test(byId(TextArea.class, "answer-text-en"))
                .setValue("Thank you for your question. The district office handles it.");
        test(byId(Button.class, "answer-publish")).click();
        assertThat(byId(TextField.class, "answer-department").isInvalid())
                .as("a forwarded answer names the department")
                .isTrue();
        test(byId(TextField.class, "answer-department")).setValue("Haidian District Office");
        test(byId(TextField.class, "answer-followup")).setValue("Hotline 12345");
        test(byId(Button.class, "answer-publish")).click();
        assertThat(exists("answer-open-" + id)).isFalse();

        Select<Object> deskState = byId(Select.class, "desk-state");
        deskState.setValue(DeskState.FORWARDED);
        assertThat(exists("answer-open-" + id))
                .as("reopened for editing under Forwarded")
                .isTrue();
        test(byId(Button.class, "answer-open-" + id)).click();
        test(byId(TextArea.class, "answer-text-en")).setValue("The Haidian District Office handles it; call 12345.");
        test(byId(Button.class, "answer-publish")).click();

        navigate("questions/" + id, Component.class);
        assertThat(pageShows("Forwarded to Haidian District Office. Follow up: Hotline 12345"))
                .isTrue();
        assertThat(pageShows("The Haidian District Office handles it; call 12345."))
                .isTrue();
        assertThat(pageShows("Edited")).isTrue();
        var answerId = publishedAnswers.forQuestions(Set.of(id)).get(id).id();
        assertThat(exists("answer-revisions-" + answerId)).isTrue();
        assertThat(exists("revision-" + answerId + "-1")).isTrue();
        assertThat(exists("revision-" + answerId + "-2")).isTrue();
        assertThat(exists("question-lifecycle")).isTrue();
        assertThat(acting.as(resident, () -> notifications.notices(10)))
                .extracting(n -> n.kind().name())
                .containsExactly("FORWARDED", "APPROVED");
        assertThat(answers.desk(new DeskFilter(DeskState.FORWARDED, null, DeskOrder.MOST_VOTES), 0, 100))
                .extracting(q -> q.id())
                .contains(id);
    }

    @Test
    @WithUserDetails(Demo.RESIDENT)
    void resident_follows_a_topic_and_a_question_sees_notices_with_the_bell_and_marks_them_read() {
        // the demo resident is shared by tests and runs: start from following nothing here
        notifications.unfollow(FollowTarget.TOPIC, Demo.TOPIC_ID);
        notifications.unfollow(FollowTarget.QUESTION, 4);
        navigate(TOPIC_PATH, Component.class);
        test(byId(Button.class, "follow-topic")).click();
        assertThat(notifications.isFollowing(FollowTarget.TOPIC, Demo.TOPIC_ID)).isTrue();
        navigate("questions/4", Component.class);
        test(byId(Button.class, "follow-question-4")).click();

        long id = publishedBy(Demo.RESIDENT, "A question whose approval the bell shows");
        navigate("me", Component.class);
        assertThat(exists("nav-notifications")).isTrue();
        assertThat(exists("followed-topic-" + Demo.TOPIC_ID))
                .as(String.valueOf(notifications.follows()))
                .isTrue();
        assertThat(exists("followed-question-4")).isTrue();
        var notice = notifications.notices(1).getFirst();
        assertThat(notice.questionId()).isEqualTo(id);
        assertThat(exists("notification-" + notice.id())).isTrue();
        assertThat(exists("email-setting")).isTrue();
        test(byId(Button.class, "notifications-mark-read")).click();
        assertThat(notifications.unreadCount()).isZero();
        test(byId(Button.class, "unfollow-topic-" + Demo.TOPIC_ID)).click();
        assertThat(notifications.isFollowing(FollowTarget.TOPIC, Demo.TOPIC_ID)).isFalse();
    }

    @Test
    @WithUserDetails(Demo.STAFF)
    void a_refused_commitment_is_shown_at_its_field_and_keeps_what_was_typed() {
        long id = publishedBy(newResident(), "When will the fibre reach Shunyi's villages?");
        navigate("answers", Component.class);
        test(byId(Button.class, "answer-open-" + id)).click();
        test(byId(TextField.class, "commitment-text")).setValue("Fibre in every village");
        test(byId(Button.class, "commitment-add")).click();
        assertThat(byId(TextField.class, "commitment-text").isInvalid())
                .as("a commitment needs a saved answer first, said at the commitment")
                .isTrue();

        test(byId(TextArea.class, "answer-text-en")).setValue("The bureau will report back this spring.");
        test(byId(Button.class, "answer-save-draft")).click();
        test(byId(Button.class, "commitment-add")).click();
        assertThat(byId(TextField.class, "commitment-text").isInvalid())
                .as("the earlier refusal is taken away")
                .isFalse();
        assertThat(byId(DatePicker.class, "commitment-due").isInvalid())
                .as("a commitment without a date is refused at the date")
                .isTrue();
        assertThat(byId(TextField.class, "commitment-text").getValue()).isEqualTo("Fibre in every village");

        byId(DatePicker.class, "commitment-due").setValue(LocalDate.of(2027, 6, 30));
        test(byId(Button.class, "commitment-add")).click();
        assertThat(byId(DatePicker.class, "commitment-due").isInvalid()).isFalse();
        assertThat(byId(TextField.class, "commitment-text").getValue())
                .as("an added commitment empties the form")
                .isEmpty();
        assertThat(pageShows("Fibre in every village")).isTrue();
        test(byId(Button.class, "answer-close")).click();
    }

    @Test
    @WithUserDetails(Demo.ADMIN)
    void admin_adds_and_removes_a_template() {
        navigate("answers/templates", Component.class);
        var title = "UI template " + System.nanoTime();
        test(byId(TextField.class, "template-title-en")).setValue(title);
        test(byId(TextArea.class, "template-body-en")).setValue("Dear resident, ");
        test(byId(TextArea.class, "template-body-zh")).setValue("尊敬的市民：");
        test(byId(Button.class, "template-save")).click();
        assertThat(byId(TextField.class, "template-title-zh").isInvalid())
                .as("a Chinese text was started, so it needs its Chinese title")
                .isTrue();
        test(byId(TextField.class, "template-title-zh")).setValue("界面模板 " + title);
        test(byId(Button.class, "template-save")).click();
        assertThat(pageShows(title))
                .as("an English reader reads the English title")
                .isTrue();
    }

    @Test
    @WithUserDetails(Demo.RESIDENT)
    void residents_cannot_open_the_template_page() {
        navigate("answers/templates", Component.class);
        assertThat(exists("template-save")).isFalse();
    }
}
