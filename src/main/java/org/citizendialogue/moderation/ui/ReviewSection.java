package org.citizendialogue.moderation.ui;

import java.util.Arrays;
import java.util.List;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

import org.citizendialogue.shared.FormerResident;
import org.citizendialogue.shared.ui.ReasonDialog;
import org.citizendialogue.shared.ui.StatusBadge;
import org.citizendialogue.shared.ui.Toasts;
import org.citizendialogue.submission.ReportNote;
import org.citizendialogue.submission.ReportReason;
import org.citizendialogue.submission.ReviewItem;
import org.citizendialogue.submission.SubmissionKind;
import org.citizendialogue.submission.SubmissionModeration;
import org.citizendialogue.submission.SubmissionService;
import org.citizendialogue.submission.SubmissionStatus;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

/**
 * Reported content and hidden content, most reported first: hide, dismiss the reports, or
 * restore. The view refreshes it when reports arrive or content is hidden or restored.
 */
class ReviewSection extends Div {

    private static final int PAGE = 50;

    private final SubmissionModeration submissions;
    private final BiFunction<Long, String, Component> suspendButton;
    private final BiFunction<Long, String, Component> duplicateButton;

    /** The buttons to suspend an item's author and to mark a question as a duplicate come from the view. */
    ReviewSection(
            SubmissionModeration submissions,
            BiFunction<Long, String, Component> suspendButton,
            BiFunction<Long, String, Component> duplicateButton) {
        this.submissions = submissions;
        this.suspendButton = suspendButton;
        this.duplicateButton = duplicateButton;
        setId("review");
        addClassName("queue");
        refresh();
    }

    void refresh() {
        removeAll();
        var items = submissions.reviewItems(0, PAGE);
        if (items.isEmpty()) {
            var empty = new Paragraph(getTranslation("moderation.review.empty"));
            empty.setId("review-empty");
            add(empty);
        }
        var notes = submissions.reportNotes(items.stream().map(ReviewItem::id).toList());
        items.forEach(item -> add(card(item, notes.getOrDefault(item.id(), List.of()))));
    }

    private Component card(ReviewItem item, List<ReportNote> notes) {
        var card = new Article();
        card.setId("review-item-" + item.id());
        card.addClassName("queue-card");
        var state = item.status() == SubmissionStatus.HIDDEN
                ? getTranslation(
                        item.hiddenByReports() ? "moderation.review.hidden-by-reports" : "moderation.review.hidden")
                : getTranslation("submission.status.PUBLISHED");
        var meta = new Div(
                new StatusBadge(
                        getTranslation("kind." + item.kind()),
                        item.kind().name().toLowerCase()),
                new Span(FormerResident.shown(item.authorName(), this::getTranslation)),
                new Span(state));
        meta.addClassName("meta");
        card.add(meta, new Paragraph(item.body()));
        if (item.openReports() > 0) {
            var reasons = Arrays.stream(item.reasons().split(","))
                    .map(r -> getTranslation(ReportReason.valueOf(r).messageKey()))
                    .collect(Collectors.joining(", "));
            var reports = new Paragraph(getTranslation("moderation.review.reports", item.openReports(), reasons));
            reports.setId("review-reports-" + item.id());
            card.add(reports);
        }
        if (!notes.isEmpty()) {
            card.add(ReportNotes.of(notes, "review-notes-" + item.id()));
        }
        if (item.hiddenReason() != null) {
            card.add(new Paragraph(getTranslation("moderation.review.reason", item.hiddenReason())));
        }
        var actions = new Div();
        actions.addClassName("actions");
        if (item.status() == SubmissionStatus.PUBLISHED) {
            var hide = new Button(
                    getTranslation("moderation.hide"),
                    e -> new ReasonDialog(
                                    "hide",
                                    "moderation.hide.title",
                                    "moderation.hide.reason",
                                    "moderation.hide",
                                    SubmissionService.NOTE_MAX,
                                    reason -> {
                                        submissions.hide(item.id(), reason);
                                        Toasts.success(getTranslation("moderation.hidden"));
                                        refresh();
                                    })
                            .open());
            hide.setId("hide-" + item.id());
            hide.addThemeVariants(ButtonVariant.LUMO_ERROR);
            actions.add(hide);
        } else {
            var restore = new Button(getTranslation("moderation.restore"), e -> {
                submissions.restore(item.id());
                Toasts.success(getTranslation("moderation.restored"));
                refresh();
            });
            restore.setId("restore-" + item.id());
            actions.add(restore);
        }
        if (item.openReports() > 0) {
            var dismiss = new Button(getTranslation("moderation.dismiss"), e -> {
                submissions.dismissReports(item.id());
                Toasts.success(getTranslation("moderation.dismissed"));
                refresh();
            });
            dismiss.setId("dismiss-" + item.id());
            dismiss.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            actions.add(dismiss);
        }
        if (item.kind() == SubmissionKind.QUESTION && item.status() == SubmissionStatus.PUBLISHED) {
            actions.add(duplicateButton.apply(item.id(), item.body()));
        }
        actions.add(suspendButton.apply(item.id(), item.authorName()));
        card.add(actions);
        return card;
    }
}
