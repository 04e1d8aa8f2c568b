package org.citizendialogue.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.awaitility.Awaitility;
import org.citizendialogue.answer.AnswerDesk;
import org.citizendialogue.answer.AnswerForm;
import org.citizendialogue.answer.AnswerModeration;
import org.citizendialogue.moderation.QueueService;
import org.citizendialogue.report.ReportReason;
import org.citizendialogue.submission.PublishedSubmissions;
import org.citizendialogue.submission.QueueFilter;
import org.citizendialogue.submission.RejectionReason;
import org.citizendialogue.submission.RejectionReasons;
import org.citizendialogue.submission.SubmissionKind;
import org.citizendialogue.submission.SubmissionModeration;
import org.citizendialogue.submission.SubmissionService;
import org.citizendialogue.support.Demo;
import org.citizendialogue.support.Fixtures;
import org.citizendialogue.support.Moderators;
import org.citizendialogue.support.MovableClock;
import org.citizendialogue.support.Residents;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;

import com.vaadin.browserless.internal.ShortcutsKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;

/**
 * The moderation queue through its view: filters and the counter, the keyboard, bulk decisions
 * with a colleague deciding first, claims and the review list updating live, and the report
 * button on comments about the topic itself.
 */
class ModerationQueueUiTest extends BrowserlessUiTest {

    @Autowired
    MovableClock clock;

    @Autowired
    AnswerDesk answerService;

    @Autowired
    AnswerModeration answerModeration;

    @Autowired
    RejectionReasons reasons;

    @Autowired
    SubmissionService submissions;

    @Autowired
    PublishedSubmissions published;

    @Autowired
    SubmissionModeration moderation;

    @Autowired
    QueueService queue;

    @Autowired
    Fixtures fixtures;

    @Autowired
    Residents residents;

    @Autowired
    Moderators moderators;

    @Autowired
    JdbcClient jdbc;

    private String status(long id) {
        return jdbc.sql("SELECT status FROM submission WHERE id = :id")
                .param("id", id)
                .query(String.class)
                .single();
    }

    private Fixtures.Programme openQueueFilteredTo(Fixtures.Programme p) {
        navigate("moderation", Component.class);
        @SuppressWarnings("unchecked")
        Select<Object> programme = byId(Select.class, "queue-filter-programme");
        test(programme).selectItem("Fixture " + p.slug());
        return p;
    }

    private boolean isCurrent(long id) {
        return byId(Component.class, "queue-item-" + id)
                .getElement()
                .getClassList()
                .contains("current");
    }

    private void key(Key key) {
        ShortcutsKt._fireShortcut(byId(Div.class, "queue"), key);
    }

    @SuppressWarnings("unchecked")
    private void chooseRejectionReason(String code) {
        Select<RejectionReason> select = byId(Select.class, "reject-reason");
        test(select).selectItem(reasons.byCode().get(code).text(UI.getCurrent().getLocale()));
    }

    @Test
    @WithUserDetails(Demo.MODERATOR)
    void filters_narrow_the_queue_and_the_counter_tells_how_many_match_of_how_many() {
        var p = fixtures.programme("OPEN");
        long first = residents.asks(newResident(), p.topicId(), "First in the filtered queue");
        clock.advance(Duration.ofMinutes(20));
        long second = residents.asks(newResident(), p.topicId(), "Second in the filtered queue");
        openQueueFilteredTo(p);
        assertThat($(Article.class).withClassName("queue-card").all())
                .extracting(c -> c.getId().orElseThrow())
                .filteredOn(id -> id.startsWith("queue-item-"))
                .containsExactly("queue-item-" + first, "queue-item-" + second);
        var total = published.countPending();
        assertThat(byId(Paragraph.class, "queue-count").getText())
                .isEqualTo("2 submissions match the filters, of " + total + " waiting");

        @SuppressWarnings("unchecked")
        Select<SubmissionKind> kind = byId(Select.class, "queue-filter-kind");
        test(kind).selectItem("Comment");
        assertThat(exists("queue-item-" + first)).isFalse();
        assertThat(exists("queue-empty")).isTrue();
        assertThat(byId(Paragraph.class, "queue-count").getText()).startsWith("No submissions match the filters");

        test(kind).selectItem("Question");
        @SuppressWarnings("unchecked")
        Select<Integer> age = byId(Select.class, "queue-filter-age");
        test(age).selectItem("Longer than 60 minutes");
        assertThat(exists("queue-item-" + first)).isFalse();
        test(age).selectItem("Longer than 15 minutes");
        assertThat(exists("queue-item-" + first)).isTrue();
        assertThat(exists("queue-item-" + second)).isFalse();
    }

    @Test
    @WithUserDetails(Demo.MODERATOR)
    void the_counter_and_the_list_follow_new_submissions_live() {
        var p = fixtures.programme("OPEN");
        residents.asks(newResident(), p.topicId(), "Already waiting");
        openQueueFilteredTo(p);
        long arriving = residents.asks(newResident(), p.topicId(), "Arrives while the moderator looks");
        Awaitility.await().atMost(Duration.ofSeconds(5)).pollInSameThread().until(() -> {
            roundTrip();
            return exists("queue-item-" + arriving);
        });
        assertThat(byId(Paragraph.class, "queue-count").getText()).startsWith("2 submissions match the filters");
    }

    @Test
    @WithUserDetails(Demo.MODERATOR)
    void keys_move_between_items_approve_reject_with_a_reason_and_select() {
        var p = fixtures.programme("OPEN");
        long a = residents.asks(newResident(), p.topicId(), "Keyboard one");
        long b = residents.asks(newResident(), p.topicId(), "Keyboard two");
        long c = residents.asks(newResident(), p.topicId(), "Keyboard three");
        long d = residents.asks(newResident(), p.topicId(), "Keyboard four");
        openQueueFilteredTo(p);
        assertThat(byId(Paragraph.class, "queue-help").getText())
                .contains("J", "K", "A approve", "R reject", "X select");
        assertThat(isCurrent(a)).as("the oldest item is current at first").isTrue();

        key(Key.KEY_J);
        assertThat(isCurrent(b)).isTrue();
        key(Key.ARROW_DOWN);
        assertThat(isCurrent(c)).isTrue();
        key(Key.KEY_K);
        assertThat(isCurrent(b)).isTrue();

        key(Key.KEY_A);
        assertThat(status(b)).isEqualTo("PUBLISHED");
        assertThat(exists("queue-item-" + b)).isFalse();
        assertThat(isCurrent(c)).as("the next item becomes current").isTrue();

        key(Key.KEY_R);
        assertThat(exists("reject-reason")).as("R opens the reason dialog").isTrue();
        assertThat(byId(Span.class, "claim-state-" + c).getText())
                .as("opening it claims the item")
                .startsWith("You are handling this until");
        chooseRejectionReason(RejectionReason.OFF_TOPIC);
        test(byId(Button.class, "reject-confirm")).click();
        assertThat(status(c)).isEqualTo("REJECTED");
        assertThat(isCurrent(d)).isTrue();

        key(Key.KEY_X);
        assertThat(byId(Checkbox.class, "select-" + d).getValue()).isTrue();
        assertThat(byId(Span.class, "queue-selected").getText()).isEqualTo("1 selected");
        key(Key.KEY_K);
        assertThat(isCurrent(a)).isTrue();
    }

    @Test
    @WithUserDetails(Demo.MODERATOR)
    void bulk_approves_a_selection_and_tells_which_items_a_colleague_decided_first() {
        var p = fixtures.programme("OPEN");
        long a = residents.asks(newResident(), p.topicId(), "Bulk UI one");
        long b = residents.asks(newResident(), p.topicId(), "Bulk UI two");
        long c = residents.asks(newResident(), p.topicId(), "Bulk UI three");
        long d = residents.asks(newResident(), p.topicId(), "Bulk UI four");
        openQueueFilteredTo(p);

        test(byId(Button.class, "bulk-approve")).click();
        assertThat(status(a)).as("nothing selected, nothing decided").isEqualTo("PENDING");

        test(byId(Checkbox.class, "select-" + a)).click();
        test(byId(Checkbox.class, "select-" + b)).click();
        assertThat(byId(Span.class, "queue-selected").getText()).isEqualTo("2 selected");
        test(byId(Button.class, "bulk-approve")).click();
        assertThat(status(a)).isEqualTo("PUBLISHED");
        assertThat(status(b)).isEqualTo("PUBLISHED");
        assertThat(byId(Paragraph.class, "bulk-result").getText()).isEqualTo("2 items decided.");

        test(byId(Checkbox.class, "queue-select-all")).click();
        assertThat(byId(Span.class, "queue-selected").getText()).isEqualTo("2 selected");
        var colleague = moderators.register("Quick Colleague");
        acting.run(colleague, () -> moderation.redact(c, residents.pendingVersion(c), "Bulk UI three, edited"));
        test(byId(Button.class, "bulk-reject")).click();
        chooseRejectionReason(RejectionReason.SPAM);
        test(byId(Button.class, "reject-confirm")).click();
        assertThat(status(c))
                .as("changed by the colleague meanwhile: left alone")
                .isEqualTo("PENDING");
        assertThat(status(d)).isEqualTo("REJECTED");
        assertThat(byId(Paragraph.class, "bulk-result").getText())
                .isEqualTo("1 item decided. 1 item was already decided or changed by a colleague, so left unchanged: #"
                        + c);
    }

    @Test
    @WithUserDetails(Demo.MODERATOR)
    void a_colleagues_claim_shows_live_and_refuses_my_claim() {
        var p = fixtures.programme("OPEN");
        long id = residents.asks(newResident(), p.topicId(), "Claimed by a colleague while I look");
        openQueueFilteredTo(p);
        assertThat(byId(Span.class, "claim-state-" + id).getText()).isEmpty();
        var colleague = moderators.register("Zhang Wei");
        acting.run(colleague, () -> queue.claim(id));
        Awaitility.await().atMost(Duration.ofSeconds(5)).pollInSameThread().until(() -> {
            roundTrip();
            return !byId(Span.class, "claim-state-" + id).getText().isEmpty();
        });
        assertThat(byId(Span.class, "claim-state-" + id).getText()).startsWith("Being handled by Zhang Wei until");
        test(byId(Button.class, "claim-" + id)).click();
        assertThat(acting.as(Demo.MODERATOR, () -> queue.claims(List.of(id)))
                        .get(id)
                        .moderatorName())
                .isEqualTo("Zhang Wei");

        acting.run(colleague, () -> queue.release(id));
        Awaitility.await().atMost(Duration.ofSeconds(5)).pollInSameThread().until(() -> {
            roundTrip();
            return byId(Span.class, "claim-state-" + id).getText().isEmpty();
        });
        test(byId(Button.class, "claim-" + id)).click();
        assertThat(byId(Span.class, "claim-state-" + id).getText()).startsWith("You are handling this until");
        assertThat(byId(Button.class, "claim-" + id).getText()).isEqualTo("Release");
    }

    @Test
    @WithUserDetails(Demo.MODERATOR)
    void the_review_list_updates_live_when_a_report_arrives_and_when_content_is_hidden() {
        var p = fixtures.programme("OPEN");
        long id = residents.publishedQuestion(p.topicId(), "Reported while the moderator looks");
        navigate("moderation/reports", Component.class);
        assertThat(exists("review-item-" + id)).isFalse();
        acting.run(newResident(), () -> submissions.report(id, ReportReason.SPAM, null));
        Awaitility.await().atMost(Duration.ofSeconds(5)).pollInSameThread().until(() -> {
            roundTrip();
            return exists("review-item-" + id);
        });
        assertThat(exists("hide-" + id)).isTrue();
        acting.run(Demo.MODERATOR, () -> moderation.hide(id, "Advert"));
        Awaitility.await().atMost(Duration.ofSeconds(5)).pollInSameThread().until(() -> {
            roundTrip();
            return exists("restore-" + id);
        });
    }

    @Test
    @WithUserDetails(Demo.MODERATOR)
    void a_report_on_an_official_answer_reaches_the_answer_review_live() {
        long question = residents.publishedQuestion(Demo.TOPIC_ID, "Whose answer will be reported live?");
        long answer = acting.as(
                        Demo.STAFF,
                        () -> answerService.publish(
                                question, AnswerForm.answered("An answer someone will report."), null))
                .answerId();
        navigate("moderation/reports", Component.class);
        assertThat(exists("answer-review-item-" + answer)).isFalse();
        acting.run(newResident(), () -> answerModeration.report(answer, ReportReason.OFF_TOPIC, null));
        Awaitility.await().atMost(Duration.ofSeconds(5)).pollInSameThread().until(() -> {
            roundTrip();
            return exists("answer-review-item-" + answer);
        });
        acting.run(Demo.MODERATOR, () -> answerModeration.hide(answer, "Wrong programme"));
        Awaitility.await().atMost(Duration.ofSeconds(5)).pollInSameThread().until(() -> {
            roundTrip();
            return exists("restore-answer-" + answer);
        });
    }

    @Test
    @WithUserDetails(Demo.RESIDENT)
    void a_resident_reports_a_comment_on_the_topic_itself() {
        var p = fixtures.programme("OPEN");
        long comment = acting.as(newResident(), () -> submissions.comment(p.topicId(), null, "A rude topic comment"));
        residents.approve(comment);
        navigate(p.topicPath(), Component.class);
        test(byId(Button.class, "report-" + comment)).click();
        @SuppressWarnings("unchecked")
        Select<ReportReason> reason = byId(Select.class, "report-reason");
        test(reason).selectItem(UI.getCurrent().getTranslation(ReportReason.ABUSE.messageKey()));
        test(byId(Button.class, "report-submit")).click();
        var item = acting.as(Demo.MODERATOR, () -> moderation.reviewItems(0, 100)).stream()
                .filter(i -> i.id() == comment)
                .findFirst()
                .orElseThrow();
        assertThat(item.reasons()).isEqualTo("ABUSE");
    }

    @Test
    void a_visitor_sees_no_report_button_on_topic_comments_and_cannot_open_the_queue() {
        var p = fixtures.programme("OPEN");
        long comment = acting.as(newResident(), () -> submissions.comment(p.topicId(), null, "Visible to visitors"));
        residents.approve(comment);
        navigate(p.topicPath(), Component.class);
        assertThat(pageShows("Visible to visitors")).isTrue();
        assertThat(exists("report-" + comment)).isFalse();
        navigate("moderation", Component.class);
        assertThat(onLoginView()).isTrue();
        assertThat(QueueFilter.ALL.isAll()).isTrue();
    }
}
