package org.citizendialogue.moderation.ui;

import java.time.Instant;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.LongFunction;

import org.citizendialogue.moderation.Claim;
import org.citizendialogue.programme.TopicContext;
import org.citizendialogue.shared.FormerResident;
import org.citizendialogue.shared.ui.BilingualText;
import org.citizendialogue.shared.ui.StatusBadge;
import org.citizendialogue.shared.ui.TimeFormat;
import org.citizendialogue.submission.QueueItem;
import org.citizendialogue.submission.SubmissionKind;

import com.vaadin.flow.component.HasComponents;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

/**
 * One pending item of the queue: where it belongs, who wrote it, its text, who is handling it,
 * a checkbox for bulk decisions and an actions area that the view fills (one button per action,
 * so that an action is added by adding one button).
 */
class QueueCard extends Article {

    private final QueueItem item;
    private final Checkbox select = new Checkbox();
    private final Span claimState = new Span();
    private final Div actions = new Div();
    private final TimeFormat time;

    QueueCard(
            QueueItem item,
            TopicContext topic,
            TimeFormat time,
            Locale locale,
            Consumer<Boolean> onSelect,
            LongFunction<String> revealOriginal) {
        this.item = item;
        this.time = time;
        setId("queue-item-" + item.id());
        addClassName("queue-card");
        getElement().setAttribute("tabindex", "-1");
        select.setId("select-" + item.id());
        select.setAriaLabel(getTranslation("moderation.select-item", item.id()));
        select.addValueChangeListener(e -> {
            getElement().getClassList().set("selected", e.getValue());
            onSelect.accept(e.getValue());
        });
        var kind = new StatusBadge(
                getTranslation("kind." + item.kind()), item.kind().name().toLowerCase());
        var meta = new Div(
                select,
                kind,
                new Span(FormerResident.shown(item.authorName(), this::getTranslation)),
                new Span(time.dateTime(item.submittedAt(), locale)));
        if (topic != null) {
            meta.add(
                    BilingualText.span(topic.dialogueTitle(), locale),
                    new Span(" › "),
                    BilingualText.span(topic.topicTitle(), locale));
        }
        meta.addClassName("meta");
        add(meta);
        if (item.heldPhrase() != null) {
            var held = new StatusBadge(getTranslation("moderation.held", item.heldPhrase()), "held");
            held.setId("held-" + item.id());
            add(held);
        }
        if (item.kind() == SubmissionKind.COMMENT && item.questionBody() != null) {
            var context = new Paragraph(item.questionBody());
            context.addClassName("context");
            add(new Span(getTranslation("moderation.comment-on")), context);
        }
        add(new Paragraph(item.body()));
        if (item.originalBody() != null) {
            // read on purpose only, and recorded (issue 12): the text comes from the service that audits the reading
            var show = new Button(getTranslation("moderation.original.show"));
            show.setId("original-show-" + item.id());
            show.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            show.addClickListener(e -> {
                var original = new Paragraph(revealOriginal.apply(item.id()));
                original.setId("original-" + item.id());
                original.addClassName("context");
                show.getParent().ifPresent(parent -> ((HasComponents) parent).replace(show, original));
            });
            add(new Span(getTranslation("moderation.original")), show);
        }
        claimState.setId("claim-state-" + item.id());
        claimState.addClassName("claim");
        actions.setId("actions-" + item.id());
        actions.addClassName("actions");
        add(claimState, actions);
    }

    QueueItem item() {
        return item;
    }

    /** The per-item actions area: each action is one button added here. */
    Div actions() {
        return actions;
    }

    boolean isSelected() {
        return select.getValue();
    }

    void setSelected(boolean selected) {
        select.setValue(selected);
    }

    /** The item the keyboard acts on: visibly marked and, when asked, focused. */
    void setCurrent(boolean current) {
        getElement().getClassList().set("current", current);
        getElement().setAttribute("tabindex", current ? "0" : "-1");
        if (current) {
            getElement().setAttribute("aria-current", "true");
        } else {
            getElement().removeAttribute("aria-current");
        }
    }

    /** Who handles this item, if anyone; "you" for the viewer's own claim. */
    void showClaim(Claim claim, long viewerId, Locale locale) {
        if (claim == null || claim.until().isBefore(Instant.now())) {
            claimState.setText("");
            getElement().getClassList().remove("claimed");
            return;
        }
        var until = time.dateTime(claim.until(), locale);
        claimState.setText(
                claim.moderatorId() == viewerId
                        ? getTranslation("moderation.claim.mine", until)
                        : getTranslation("moderation.claim.other", claim.moderatorName(), until));
        getElement().getClassList().set("claimed", claim.moderatorId() != viewerId);
    }
}
