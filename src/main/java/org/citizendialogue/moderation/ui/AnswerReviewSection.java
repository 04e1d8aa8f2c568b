package org.citizendialogue.moderation.ui;

import java.util.Arrays;
import java.util.stream.Collectors;

import org.citizendialogue.answer.AnswerModeration;
import org.citizendialogue.answer.AnswerReviewItem;
import org.citizendialogue.shared.ui.ReasonDialog;
import org.citizendialogue.shared.ui.StatusBadge;
import org.citizendialogue.shared.ui.Toasts;
import org.citizendialogue.submission.ReportReason;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;

/**
 * Reported and hidden official answers for the moderators: flagged ones (enough distinct
 * reporters) first. Hide with a reason, restore, or dismiss the reports.
 */
class AnswerReviewSection extends Section {

    private static final int PAGE = 50;

    private final AnswerModeration moderation;
    private final Div list = new Div();

    AnswerReviewSection(AnswerModeration moderation) {
        this.moderation = moderation;
        setId("answer-review");
        list.addClassName("queue");
        var heading = new H2(getTranslation("moderation.answers.title"));
        heading.setId("answer-reports");
        add(heading, list);
        refresh();
    }

    void refresh() {
        list.removeAll();
        var items = moderation.reviewItems(0, PAGE);
        if (items.isEmpty()) {
            var empty = new Paragraph(getTranslation("moderation.answers.empty"));
            empty.setId("answer-review-empty");
            list.add(empty);
        }
        items.forEach(item -> list.add(card(item)));
    }

    private Component card(AnswerReviewItem item) {
        var card = new Article();
        card.setId("answer-review-item-" + item.id());
        card.addClassName("queue-card");
        var meta = new Div(
                new StatusBadge(getTranslation("moderation.answers.kind"), "answer"),
                new Span(item.bureauName()),
                new Anchor(
                        "questions/" + item.questionId(),
                        getTranslation("moderation.answers.question", item.questionId())));
        if (item.hidden()) {
            meta.add(new Span(getTranslation("moderation.review.hidden")));
        }
        if (item.flagged()) {
            var flag = new StatusBadge(getTranslation("moderation.answers.flagged"), "flagged");
            flag.setId("answer-flagged-" + item.id());
            meta.add(flag);
        }
        meta.addClassName("meta");
        card.add(meta, new Paragraph(item.body()));
        if (item.openReports() > 0) {
            var reasons = Arrays.stream(item.reasons().split(","))
                    .map(r -> getTranslation(ReportReason.valueOf(r).messageKey()))
                    .collect(Collectors.joining(", "));
            card.add(new Paragraph(getTranslation("moderation.review.reports", item.openReports(), reasons)));
        }
        if (item.hiddenReason() != null) {
            card.add(new Paragraph(getTranslation("moderation.review.reason", item.hiddenReason())));
        }
        var actions = new Div();
        actions.addClassName("actions");
        if (!item.hidden()) {
            var hide = new Button(
                    getTranslation("moderation.hide"),
                    e -> new ReasonDialog(
                                    "hide-answer",
                                    "moderation.answers.hide-title",
                                    "moderation.hide.reason",
                                    "moderation.hide",
                                    AnswerModeration.NOTE_MAX,
                                    reason -> {
                                        moderation.hide(item.id(), reason);
                                        Toasts.success(getTranslation("moderation.hidden"));
                                        refresh();
                                    })
                            .open());
            hide.setId("hide-answer-" + item.id());
            hide.addThemeVariants(ButtonVariant.LUMO_ERROR);
            actions.add(hide);
        } else {
            var restore = new Button(getTranslation("moderation.restore"), e -> {
                moderation.restore(item.id());
                Toasts.success(getTranslation("moderation.restored"));
                refresh();
            });
            restore.setId("restore-answer-" + item.id());
            actions.add(restore);
        }
        if (item.openReports() > 0 && !item.hidden()) {
            var dismiss = new Button(getTranslation("moderation.dismiss"), e -> {
                moderation.dismissReports(item.id());
                Toasts.success(getTranslation("moderation.dismissed"));
                refresh();
            });
            dismiss.setId("dismiss-answer-" + item.id());
            dismiss.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            actions.add(dismiss);
        }
        card.add(actions);
        return card;
    }
}
