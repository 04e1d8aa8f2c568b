package org.citizendialogue.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Set;

import org.citizendialogue.answer.AnswerDesk;
import org.citizendialogue.answer.AnswerForm;
import org.citizendialogue.answer.AnswerModeration;
import org.citizendialogue.answer.AnswerReviewItem;
import org.citizendialogue.answer.PublishedAnswers;
import org.citizendialogue.report.ReportReason;
import org.citizendialogue.submission.PublishedSubmissions;
import org.citizendialogue.submission.QuestionCard;
import org.citizendialogue.submission.SubmissionModeration;
import org.citizendialogue.submission.SubmissionService;
import org.citizendialogue.support.Demo;
import org.citizendialogue.support.Fixtures;
import org.citizendialogue.support.Residents;
import org.citizendialogue.support.Words;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;

/** Marking duplicates from the queue, what the author then sees, and reporting an official answer. */
class MergeUiTest extends BrowserlessUiTest {

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

    @Autowired
    AnswerModeration answerModeration;

    @Autowired
    Residents residents;

    @Autowired
    Fixtures fixtures;

    @Test
    @WithUserDetails(Demo.MODERATOR)
    @SuppressWarnings("unchecked")
    void moderator_marks_a_pending_question_as_a_duplicate_from_the_queue() {
        var p = fixtures.programme("OPEN");
        var word = Words.unique();
        long original =
                residents.publishedQuestion(p.topicId(), "Where will the new data centre be built " + word + "?");
        long duplicate = acting.as(newResident(), () -> submissions.ask(p.topicId(), "New data centre: where?"));
        navigate("moderation", Component.class);
        assertThat(exists("queue-item-" + duplicate)).isTrue();

        test(byId(Button.class, "duplicate-" + duplicate)).click();
        test(byId(Button.class, "merge-confirm")).click();
        ComboBox<QuestionCard> choice = byId(ComboBox.class, "merge-original");
        assertThat(choice.isInvalid()).as("an original is required").isTrue();
        test(choice).setFilter(word);
        assertThat(test(choice).getSuggestionItems())
                .extracting(QuestionCard::id)
                .containsExactly(original);
        choice.setValue(test(choice).getSuggestionItems().getFirst());
        test(byId(Button.class, "merge-confirm")).click();

        assertThat(exists("queue-item-" + duplicate)).isFalse();
        assertThat(published.mergedInto(duplicate)).contains(original);
    }

    @Test
    @WithUserDetails(Demo.RESIDENT)
    void the_author_of_a_merged_question_sees_where_it_went_and_its_old_address_leads_there() {
        var p = fixtures.programme("OPEN");
        long original = residents.publishedQuestion(p.topicId(), "Will the ring road get smart traffic lights?");
        long duplicate = submissions.ask(p.topicId(), "Smart traffic lights on the ring road?");
        acting.run(Demo.MODERATOR, () -> moderation.merge(duplicate, original));

        navigate("me", Component.class);
        assertThat(exists("merged-into-" + duplicate)).isTrue();
        assertThat($(Anchor.class).all()).extracting(Anchor::getHref).contains("questions/" + original);
        assertThat(pageShows("asks the same as"))
                .as("the notice names the original")
                .isTrue();

        navigate("questions/" + duplicate, Component.class);
        assertThat($(H1.class).first().getText()).contains(String.valueOf(original));
    }

    @Test
    @WithUserDetails(Demo.RESIDENT)
    @SuppressWarnings("unchecked")
    void resident_reports_an_official_answer_from_the_question_page() {
        long question = residents.publishedQuestion(Demo.TOPIC_ID, "How many gigabit users are there now?");
        long answerId = acting.as(
                        Demo.STAFF, () -> answers.publish(question, AnswerForm.answered("About 1.296 million."), null))
                .answerId();
        navigate("questions/" + question, Component.class);

        test(byId(Button.class, "report-answer-" + answerId)).click();
        Select<ReportReason> reason = byId(Select.class, "report-reason");
        reason.setValue(ReportReason.OFF_TOPIC);
        test(byId(Button.class, "report-submit")).click();

        var item = acting.as(Demo.MODERATOR, () -> answerModeration.reviewItems(0, 100)).stream()
                .filter(i -> i.id() == answerId)
                .findFirst()
                .orElseThrow();
        assertThat(item)
                .extracting(AnswerReviewItem::openReports, AnswerReviewItem::reasons)
                .containsExactly(1, "OFF_TOPIC");
    }

    @Test
    @WithUserDetails(Demo.MODERATOR)
    void moderator_sees_a_reported_answer_in_the_review_and_hides_it_with_a_reason() {
        long question = residents.publishedQuestion(Demo.TOPIC_ID, "Is the AI industry really above 100 billion yuan?");
        long answerId = acting.as(Demo.STAFF, () -> answers.publish(question, AnswerForm.answered("Yes, it is."), null))
                .answerId();
        acting.run(newResident(), () -> answerModeration.report(answerId, ReportReason.ABUSE, null));
        navigate("moderation/reports", Component.class);
        assertThat(exists("answer-review-item-" + answerId)).isTrue();
        assertThat(pageShows(Demo.BUREAU)).isTrue();

        // a moderator reading Chinese sees the bureau's Chinese name
        UI.getCurrent().setLocale(Locale.SIMPLIFIED_CHINESE);
        navigate("search", Component.class);
        navigate("moderation/reports", Component.class);
        assertThat(pageShows(Demo.BUREAU_ZH)).isTrue();
        assertThat(pageShows(Demo.BUREAU)).isFalse();
        UI.getCurrent().setLocale(Locale.ENGLISH);
        navigate("search", Component.class);
        navigate("moderation/reports", Component.class);

        test(byId(Button.class, "hide-answer-" + answerId)).click();
        test(byId(TextArea.class, "hide-answer-reason")).setValue("Abusive wording");
        test(byId(Button.class, "hide-answer-confirm")).click();
        assertThat(publishedAnswers.forQuestions(Set.of(question))).isEmpty();

        test(byId(Button.class, "restore-answer-" + answerId)).click();
        assertThat(publishedAnswers.forQuestions(Set.of(question))).containsKey(question);
    }

    @Test
    @WithUserDetails(Demo.MODERATOR)
    @SuppressWarnings("unchecked")
    void moderator_marks_a_published_question_as_a_duplicate_from_its_page_and_lands_on_the_original() {
        var p = fixtures.programme("OPEN");
        long original = residents.publishedQuestion(p.topicId(), "Will the libraries get free Wi-Fi?");
        long duplicate = residents.publishedQuestion(p.topicId(), "Free Wi-Fi in libraries?");
        navigate("questions/" + duplicate, Component.class);

        test(byId(Button.class, "duplicate-" + duplicate)).click();
        ComboBox<QuestionCard> choice = byId(ComboBox.class, "merge-original");
        test(choice).setFilter("#" + original);
        choice.setValue(test(choice).getSuggestionItems().getFirst());
        test(byId(Button.class, "merge-confirm")).click();

        assertThat(published.mergedInto(duplicate)).contains(original);
        assertThat($(H1.class).first().getText()).contains(String.valueOf(original));
    }

    @Test
    @WithUserDetails(Demo.RESIDENT)
    void a_resident_sees_no_duplicate_action_on_a_question_page() {
        long question = residents.publishedQuestion(Demo.TOPIC_ID, "Is there a duplicate button for me?");
        navigate("questions/" + question, Component.class);
        assertThat(exists("duplicate-" + question)).isFalse();
    }
}
