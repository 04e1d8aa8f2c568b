package org.citizendialogue.moderation.ui;

import java.util.Collection;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.citizendialogue.moderation.BulkResult;
import org.citizendialogue.moderation.QueueService;
import org.citizendialogue.shared.ui.Toasts;
import org.citizendialogue.submission.RejectionReasons;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

/**
 * The queue's bulk decisions: select all, how many are selected, approve or reject the selection
 * (each item is still checked on its own by the service) and what came of it.
 */
class BulkBar extends Div {

    private final QueueService queue;
    private final RejectionReasons reasons;
    private final Supplier<Collection<QueueCard>> cards;
    private final Runnable afterDecisions;
    private final Checkbox selectAll = new Checkbox();
    private final Span selectedCount = new Span();
    private final Paragraph result = new Paragraph();

    BulkBar(
            QueueService queue,
            RejectionReasons reasons,
            Supplier<Collection<QueueCard>> cards,
            Runnable afterDecisions) {
        this.queue = queue;
        this.reasons = reasons;
        this.cards = cards;
        this.afterDecisions = afterDecisions;
        selectAll.setId("queue-select-all");
        selectAll.setLabel(getTranslation("moderation.bulk.select-all"));
        selectAll.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                cards.get().forEach(c -> c.setSelected(e.getValue()));
            }
        });
        selectedCount.setId("queue-selected");
        var approve = new Button(getTranslation("moderation.bulk.approve"), e -> approve());
        approve.setId("bulk-approve");
        approve.addThemeVariants(ButtonVariant.LUMO_SUCCESS);
        var reject = new Button(getTranslation("moderation.bulk.reject"), e -> reject());
        reject.setId("bulk-reject");
        reject.addThemeVariants(ButtonVariant.LUMO_ERROR);
        result.setId("bulk-result");
        result.getElement().setAttribute("role", "status");
        var bar = new Div(selectAll, selectedCount, approve, reject);
        bar.setId("queue-bulk");
        bar.addClassName("bulk-bar");
        add(bar, result);
    }

    /** Shows how many items are selected (after a card's box changed, or cards came and went). */
    void showSelection() {
        var n = cards.get().stream().filter(QueueCard::isSelected).count();
        selectedCount.setText(getTranslation("moderation.bulk.selected", n));
        selectAll.setValue(n > 0 && n == cards.get().size());
    }

    private List<QueueService.Seen> selection() {
        return cards.get().stream()
                .filter(QueueCard::isSelected)
                .map(c -> new QueueService.Seen(c.item().id(), c.item().version()))
                .toList();
    }

    private void approve() {
        var selection = selection();
        if (selection.isEmpty()) {
            Toasts.error(getTranslation("moderation.bulk.none"));
            return;
        }
        done(queue.approveAll(selection));
    }

    private void reject() {
        var selection = selection();
        if (selection.isEmpty()) {
            Toasts.error(getTranslation("moderation.bulk.none"));
            return;
        }
        new RejectDialog(reasons.active(), (reason, note) -> done(queue.rejectAll(selection, reason, note))).open();
    }

    private void done(BulkResult outcome) {
        var text = getTranslation("moderation.bulk.done", outcome.succeeded());
        if (!outcome.alreadyDecided().isEmpty()) {
            text += " "
                    + getTranslation(
                            "moderation.bulk.already",
                            outcome.alreadyDecided().size(),
                            outcome.alreadyDecided().stream()
                                    .map(id -> "#" + id)
                                    .collect(Collectors.joining(", ")));
        }
        result.setText(text);
        Toasts.success(text);
        afterDecisions.run();
    }
}
