package org.citizendialogue.portal.ui;

import java.util.List;
import java.util.Locale;

import org.citizendialogue.answer.PublishedAnswer;
import org.citizendialogue.shared.ui.StatusBadge;
import org.citizendialogue.shared.ui.TimeFormat;
import org.citizendialogue.submission.CommentCard;
import org.citizendialogue.submission.QuestionCard;
import org.citizendialogue.submission.SubmissionService;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;

/**
 * One published question with its answer and comments. User text is shown in Paragraph and
 * Span components, which escape it; never as HTML.
 */
class QuestionCardView extends Article {

    /** Where the card's comment form hands its text. */
    interface CommentHandler {
        void comment(long questionId, String text);
    }

    QuestionCardView(QuestionCard question, PublishedAnswer answer, List<CommentCard> comments, TimeFormat time,
            CommentHandler commentHandler, boolean linkToQuestion) {
        var card = this;
        card.setId("question-" + question.id());
        card.addClassName("question-card");
        var locale = getLocale();
        var meta = new Div(new Span(question.authorName()), new Span(" · "), timeOf(question.submittedAt(), time, locale));
        meta.addClassName("meta");
        if (question.answered()) {
            meta.add(new StatusBadge(getTranslation("question.answered"), "answered"));
        }
        var body = new Paragraph(question.body());
        body.addClassName("question-body");
        card.add(meta, body);
        if (linkToQuestion) {
            var link = new Anchor("questions/" + question.id(), getTranslation("question.open"));
            link.getElement().setAttribute("aria-label", getTranslation("question.open-aria", question.id()));
            link.addClassName("question-link");
            card.add(link);
        }
        if (answer != null) {
            card.add(answerBlock(answer, time, locale));
        }
        card.add(commentsBlock(question, comments, time, locale, commentHandler));
    }

    static Component timeOf(java.time.Instant instant, TimeFormat time, Locale locale) {
        var span = new Span(time.dateTime(instant, locale));
        span.getElement().setAttribute("title", time.iso(instant));
        return span;
    }

    private Component answerBlock(PublishedAnswer answer, TimeFormat time, Locale locale) {
        var section = new Section();
        section.setId("answer-" + answer.id());
        section.addClassName("answer");
        var heading = new H3(getTranslation("answer.heading", answer.bureauName()));
        var by = new Div(new Span(answer.authorTitle()), new Span(" · "), timeOf(answer.publishedAt(), time, locale));
        by.addClassName("meta");
        if (answer.edited()) {
            by.add(new StatusBadge(getTranslation("answer.edited"), "edited"));
        }
        section.add(heading, by, new Paragraph(answer.body()));
        return section;
    }

    private Component commentsBlock(QuestionCard question, List<CommentCard> comments, TimeFormat time, Locale locale,
            CommentHandler handler) {
        var block = new Div();
        block.addClassName("comments");
        for (var comment : comments) {
            var item = new Div(meta(comment, time, locale), new Paragraph(comment.body()));
            item.setId("comment-" + comment.id());
            item.addClassName("comment");
            block.add(item);
        }
        if (handler != null) {
            var input = new TextInput[1];
            input[0] = new TextInput("comment-text-" + question.id(), "comment-submit-" + question.id(),
                    getTranslation("comment.label"), getTranslation("comment.submit"), SubmissionService.BODY_MAX, text -> {
                        handler.comment(question.id(), text);
                        input[0].confirm(getTranslation("submission.awaiting"));
                    });
            var details = new Details(getTranslation("comment.add", comments.size()), input[0]);
            details.addClassName("comment-form");
            block.add(details);
        } else if (!comments.isEmpty()) {
            block.addComponentAsFirst(new Span(getTranslation("comment.count", comments.size())));
        }
        return block;
    }

    private static Div meta(CommentCard comment, TimeFormat time, Locale locale) {
        var meta = new Div(new Span(comment.authorName()), new Span(" · "), timeOf(comment.submittedAt(), time, locale));
        meta.addClassName("meta");
        return meta;
    }
}
