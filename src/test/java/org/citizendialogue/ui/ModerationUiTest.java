package org.citizendialogue.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.awaitility.Awaitility;
import org.citizendialogue.report.ReportReason;
import org.citizendialogue.submission.PublishedSubmissions;
import org.citizendialogue.submission.ReviewItem;
import org.citizendialogue.submission.SubmissionModeration;
import org.citizendialogue.submission.SubmissionService;
import org.citizendialogue.submission.SubmissionStatus;
import org.citizendialogue.support.Demo;
import org.citizendialogue.support.Fixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;

/** Reporting, hiding, restoring and redacting through the views, and the public transparency page. */
class ModerationUiTest extends BrowserlessUiTest {

    @Autowired
    SubmissionService submissions;

    @Autowired
    PublishedSubmissions published;

    @Autowired
    SubmissionModeration moderation;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    private ReviewItem reviewItem(long id) {
        return acting.as(Demo.MODERATOR, () -> moderation.reviewItems(0, 100)).stream()
                .filter(i -> i.id() == id)
                .findFirst()
                .orElseThrow();
    }

    @Test
    @WithUserDetails(Demo.RESIDENT)
    void resident_reports_a_question_from_its_card_with_a_reason_and_a_text() {
        var p = fixtures.programme("OPEN");
        long id = residents.publishedQuestion(p.topicId(), "Buy cheap watches here");
        navigate(p.topicPath(), Component.class);
        assertThat(exists("hide-" + id))
                .as("no moderator action for a resident")
                .isFalse();
        test(byId(Button.class, "report-" + id)).click();
        test(byId(Button.class, "report-submit")).click();
        assertThat(byId(Select.class, "report-reason").isInvalid())
                .as("a reason is required")
                .isTrue();
        @SuppressWarnings("unchecked")
        Select<ReportReason> reason = byId(Select.class, "report-reason");
        test(reason).selectItem(UI.getCurrent().getTranslation(ReportReason.SPAM.messageKey()));
        test(byId(TextArea.class, "report-text")).setValue("an advert");
        test(byId(Button.class, "report-submit")).click();
        var item = reviewItem(id);
        assertThat(item.openReports()).isEqualTo(1);
        assertThat(item.reasons()).isEqualTo("SPAM");
    }

    @Test
    @WithUserDetails(Demo.MODERATOR)
    void moderators_read_what_the_reporters_wrote_as_plain_text() {
        var p = fixtures.programme("OPEN");
        long id = residents.publishedQuestion(p.topicId(), "Reported with words");
        acting.run(newResident(), () -> submissions.report(id, ReportReason.ABUSE, "<b>Calls a neighbour names</b>"));
        acting.run(newResident(), () -> submissions.report(id, ReportReason.SPAM, "同一个广告发了三次"));
        acting.run(newResident(), () -> submissions.report(id, ReportReason.SPAM, null));
        navigate("moderation/reports", Component.class);

        var notes = byId(Div.class, "review-notes-" + id);
        var text = notes.getElement().getTextRecursively();
        assertThat(text).contains("<b>Calls a neighbour names</b>", "同一个广告发了三次");
        assertThat(text.indexOf("<b>Calls")).as("oldest first").isLessThan(text.indexOf("同一个"));
        assertThat(notes.getElement().getOuterHTML()).contains("&lt;b&gt;Calls");
    }

    @Test
    @WithUserDetails(Demo.MODERATOR)
    void moderator_hides_reported_content_with_a_reason_and_restores_it() {
        var p = fixtures.programme("OPEN");
        long id = residents.publishedQuestion(p.topicId(), "Reported to the moderators");
        acting.run(newResident(), () -> submissions.report(id, ReportReason.ABUSE, null));
        navigate("moderation/reports", Component.class);
        assertThat(exists("review-item-" + id)).isTrue();
        test(byId(Button.class, "hide-" + id)).click();
        test(byId(TextArea.class, "hide-reason")).setValue("Abusive");
        test(byId(Button.class, "hide-confirm")).click();
        assertThat(published.publishedQuestion(id)).isEmpty();
        assertThat(reviewItem(id).status()).isEqualTo(SubmissionStatus.HIDDEN);
        test(byId(Button.class, "restore-" + id)).click();
        assertThat(published.publishedQuestion(id)).isPresent();
        assertThat(exists("review-item-" + id)).isFalse();
    }

    @Test
    @WithUserDetails(Demo.MODERATOR)
    void moderator_hides_a_question_from_the_topic_page() {
        var p = fixtures.programme("OPEN");
        long id = residents.publishedQuestion(p.topicId(), "Visible until a moderator hides it");
        navigate(p.topicPath(), Component.class);
        test(byId(Button.class, "hide-" + id)).click();
        test(byId(TextArea.class, "hide-reason")).setValue("Personal attack");
        test(byId(Button.class, "hide-confirm")).click();
        assertThat(published.publishedQuestion(id)).isEmpty();
    }

    @Test
    @WithUserDetails(Demo.MODERATOR)
    void moderator_redacts_before_approving_and_the_public_sees_the_edited_text_marked() {
        var p = fixtures.programme("OPEN");
        long id = acting.as(newResident(), () -> submissions.ask(p.topicId(), "Call me at 13800138000 about parking"));
        navigate("moderation", Component.class);
        test(byId(Button.class, "redact-" + id)).click();
        test(byId(TextArea.class, "redact-text")).setValue("Call me at [removed] about parking");
        test(byId(Button.class, "redact-save")).click();
        assertThat(exists("original-" + id))
                .as("the original is read on purpose only")
                .isFalse();
        test(byId(Button.class, "original-show-" + id)).click();
        assertThat(exists("original-" + id))
                .as("the original is shown to moderators")
                .isTrue();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = 'ORIGINAL_VIEWED' AND target_id = ?")
                        .param(id)
                        .query(Integer.class)
                        .single())
                .as("the reading is audited")
                .isEqualTo(1);
        test(byId(Button.class, "approve-" + id)).click();
        var card = published.publishedQuestion(id).orElseThrow();
        assertThat(card.body()).isEqualTo("Call me at [removed] about parking");
        assertThat(card.edited()).isTrue();
        navigate(p.topicPath(), Component.class);
        assertThat(pageShows("edited by moderation")).isTrue();
        assertThat(pageShows("13800138000")).isFalse();
    }

    @Test
    void visitor_sees_the_transparency_figures_of_a_programme() {
        var p = fixtures.programme("OPEN");
        residents.publishedQuestion(p.topicId(), "Counted once");
        navigate("dialogues/" + p.slug() + "/transparency", Component.class);
        assertThat(exists("transparency-received")).isTrue();
        assertThat(byId(DescriptionList.Description.class, "transparency-published")
                        .getText())
                .isEqualTo("1");
        assertThat(exists("transparency-rejected-spam")).isTrue();
    }

    @Test
    @WithUserDetails(Demo.RESIDENT)
    void resident_reports_a_comment_under_a_question() {
        var p = fixtures.programme("OPEN");
        long question = residents.publishedQuestion(p.topicId(), "A question with a comment");
        long comment = acting.as(newResident(), () -> submissions.comment(p.topicId(), question, "Rude comment"));
        acting.run(
                Demo.MODERATOR,
                () -> moderation.approve(
                        comment, moderation.pendingItem(comment).orElseThrow().version()));
        navigate(p.topicPath(), Component.class);
        test(byId(Button.class, "comments-toggle-" + question)).click();
        test(byId(Button.class, "report-" + comment)).click();
        @SuppressWarnings("unchecked")
        Select<ReportReason> reason = byId(Select.class, "report-reason");
        test(reason).selectItem(UI.getCurrent().getTranslation(ReportReason.ABUSE.messageKey()));
        test(byId(Button.class, "report-submit")).click();
        assertThat(reviewItem(comment).reasons()).isEqualTo("ABUSE");
    }

    @Test
    void an_open_topic_page_drops_a_question_when_a_moderator_hides_it() {
        var p = fixtures.programme("OPEN");
        long id = residents.publishedQuestion(p.topicId(), "Soon hidden while you look");
        navigate(p.topicPath(), Component.class);
        assertThat(exists("question-" + id)).isTrue();
        acting.run(Demo.MODERATOR, () -> moderation.hide(id, "Abusive"));
        Awaitility.await().atMost(Duration.ofSeconds(5)).pollInSameThread().until(() -> {
            roundTrip();
            return !exists("question-" + id);
        });
    }
}
