package org.citizendialogue.moderation.ui;

import java.util.stream.Collectors;

import org.citizendialogue.dialogue.DialogueService;
import org.citizendialogue.dialogue.TopicContext;
import org.citizendialogue.moderation.QueueFeed;
import org.citizendialogue.shared.live.Channels;
import org.citizendialogue.shared.live.LiveUpdates;
import org.citizendialogue.shared.ui.MainLayout;
import org.citizendialogue.shared.ui.StatusBadge;
import org.citizendialogue.shared.ui.TimeFormat;
import org.citizendialogue.shared.ui.Toasts;
import org.citizendialogue.submission.QueueItem;
import org.citizendialogue.submission.SubmissionKind;
import org.citizendialogue.submission.SubmissionService;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/**
 * The queue of pending submissions, oldest first, with where each belongs and who wrote it.
 * Approve or reject; a colleague's decision in between is refused with a clear message.
 */
@Route(value = "moderation", layout = MainLayout.class)
@RolesAllowed("MODERATOR")
class ModerationQueueView extends VerticalLayout implements HasDynamicTitle {

    private static final int PAGE = 50;

    private final SubmissionService submissions;
    private final DialogueService dialogues;
    private final TimeFormat time;
    private final Div queue = new Div();
    private final Paragraph counter = new Paragraph();
    private final java.util.Map<Long, Component> cards = new java.util.HashMap<>();

    ModerationQueueView(SubmissionService submissions, DialogueService dialogues, TimeFormat time, LiveUpdates live) {
        this.submissions = submissions;
        this.dialogues = dialogues;
        this.time = time;
        live.whileAttached(this, Channels.MODERATION, this::onQueueChange);
        addClassName("page");
        counter.setId("queue-count");
        counter.getElement().setAttribute("role", "status");
        queue.addClassName("queue");
        add(new H1(getTranslation("moderation.title")), counter, queue);
        refresh();
    }

    private void refresh() {
        queue.removeAll();
        cards.clear();
        var items = submissions.pending(0, PAGE);
        var topics = dialogues.topics(items.stream().map(QueueItem::topicId).collect(Collectors.toSet()));
        items.forEach(item -> show(item, topics.get(item.topicId())));
        showCount();
    }

    private void show(QueueItem item, TopicContext topic) {
        var card = card(item, topic);
        cards.put(item.id(), card);
        queue.add(card);
    }

    private void showCount() {
        counter.setText(getTranslation("moderation.count", submissions.countPending()));
        queue.getChildren().filter(c -> "queue-empty".equals(c.getId().orElse(null))).toList().forEach(queue::remove);
        if (cards.isEmpty()) {
            var empty = new Paragraph(getTranslation("moderation.empty"));
            empty.setId("queue-empty");
            queue.add(empty);
        }
    }

    /** New submissions join the end of the queue; decided ones leave it, without a reload. */
    private void onQueueChange(Object update) {
        switch (update) {
            case QueueFeed.Arrived arrived when !cards.containsKey(arrived.item().id()) && cards.size() < PAGE -> {
                show(arrived.item(), dialogues.topic(arrived.item().topicId()).orElse(null));
                showCount();
            }
            case QueueFeed.Left left -> {
                var card = cards.remove(left.submissionId());
                if (card != null) {
                    queue.remove(card);
                }
                showCount();
            }
            default -> showCount();
        }
    }

    private Component card(QueueItem item, TopicContext topic) {
        var card = new Article();
        card.setId("queue-item-" + item.id());
        card.addClassName("queue-card");
        var meta = new Div(new StatusBadge(getTranslation("kind." + item.kind()), item.kind().name().toLowerCase()),
                new Span(item.authorName()), new Span(time.dateTime(item.submittedAt(), getLocale())));
        if (topic != null) {
            meta.add(new Span(topic.dialogueTitle() + " › " + topic.topicTitle()));
        }
        meta.addClassName("meta");
        card.add(meta);
        if (item.kind() == SubmissionKind.COMMENT && item.questionBody() != null) {
            var context = new Paragraph(item.questionBody());
            context.addClassName("context");
            card.add(new Span(getTranslation("moderation.comment-on")), context);
        }
        card.add(new Paragraph(item.body()));
        var approve = new Button(getTranslation("moderation.approve"), e -> approve(item));
        approve.setId("approve-" + item.id());
        approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        var reject = new Button(getTranslation("moderation.reject"), e -> new RejectDialog((reason, note) -> {
            submissions.reject(item.id(), item.version(), reason, note);
            Toasts.success(getTranslation("moderation.rejected"));
            refresh();
        }).open());
        reject.setId("reject-" + item.id());
        reject.addThemeVariants(ButtonVariant.LUMO_ERROR);
        var actions = new Div(approve, reject);
        actions.addClassName("actions");
        card.add(actions);
        return card;
    }

    private void approve(QueueItem item) {
        try {
            submissions.approve(item.id(), item.version());
            Toasts.success(getTranslation("moderation.approved"));
        } finally {
            refresh();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("moderation.title") + " · " + getTranslation("app.name");
    }
}
