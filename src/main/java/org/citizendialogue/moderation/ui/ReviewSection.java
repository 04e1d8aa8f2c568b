package org.citizendialogue.moderation.ui;

import java.util.stream.Collectors;

import org.citizendialogue.shared.ui.ReasonDialog;
import org.citizendialogue.shared.ui.Toasts;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;

/**
 * Reported and hidden content of one kind, most reported first, then hidden content nobody
 * reports: hide with a reason, dismiss the reports, or restore. One component for every kind of
 * subject (decision 036); the view refreshes it when reports arrive or content is hidden or
 * restored.
 */
class ReviewSection extends Section {

    private static final int PAGE = 50;

    private final ReviewKind kind;
    private final Div list = new Div();

    ReviewSection(ReviewKind kind) {
        this.kind = kind;
        setId(kind.idPrefix() + "review");
        list.addClassName("queue");
        if (kind.headingKey() != null) {
            var heading = new H2(getTranslation(kind.headingKey()));
            heading.setId(kind.idPrefix() + "reports");
            add(heading);
        }
        add(list);
        refresh();
    }

    void refresh() {
        list.removeAll();
        var entries = kind.entries(PAGE, this::getTranslation, getLocale());
        if (entries.isEmpty()) {
            var empty = new Paragraph(getTranslation(kind.emptyKey()));
            empty.setId(kind.idPrefix() + "review-empty");
            list.add(empty);
        }
        entries.forEach(entry -> list.add(card(entry)));
    }

    private Component card(ReviewEntry entry) {
        var prefix = kind.idPrefix();
        var card = new Article();
        card.setId(prefix + "review-item-" + entry.id());
        card.addClassName("queue-card");
        var meta = new Div(entry.meta().toArray(Component[]::new));
        meta.addClassName("meta");
        card.add(meta, new Paragraph(entry.body()));
        if (entry.openReports() > 0) {
            var reasons = entry.reasons().stream()
                    .map(r -> getTranslation(r.messageKey()))
                    .collect(Collectors.joining(", "));
            var reports = new Paragraph(getTranslation("moderation.review.reports", entry.openReports(), reasons));
            reports.setId(prefix + "review-reports-" + entry.id());
            card.add(reports);
        }
        if (!entry.notes().isEmpty()) {
            card.add(ReportNotes.of(entry.notes(), prefix + "review-notes-" + entry.id()));
        }
        if (entry.hiddenReason() != null) {
            card.add(new Paragraph(getTranslation("moderation.review.reason", entry.hiddenReason())));
        }
        var actions = new Div();
        actions.addClassName("actions");
        if (!entry.hidden()) {
            var hide = new Button(
                    getTranslation("moderation.hide"),
                    e -> new ReasonDialog(
                                    kind.hideDialogId(),
                                    kind.hideTitleKey(),
                                    "moderation.hide.reason",
                                    "moderation.hide",
                                    kind.reasonMax(),
                                    reason -> decided(() -> kind.hide(entry.id(), reason), "moderation.hidden"))
                            .open());
            hide.setId("hide-" + prefix + entry.id());
            hide.addThemeVariants(ButtonVariant.LUMO_ERROR);
            actions.add(hide);
        } else {
            var restore = new Button(
                    getTranslation("moderation.restore"),
                    e -> decided(() -> kind.restore(entry.id()), "moderation.restored"));
            restore.setId("restore-" + prefix + entry.id());
            actions.add(restore);
        }
        if (entry.dismissable()) {
            var dismiss = new Button(
                    getTranslation("moderation.dismiss"),
                    e -> decided(() -> kind.dismissReports(entry.id()), "moderation.dismissed"));
            dismiss.setId("dismiss-" + prefix + entry.id());
            dismiss.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            actions.add(dismiss);
        }
        entry.moreActions().forEach(actions::add);
        card.add(actions);
        return card;
    }

    private void decided(Runnable decision, String doneKey) {
        decision.run();
        Toasts.success(getTranslation(doneKey));
        refresh();
    }
}
