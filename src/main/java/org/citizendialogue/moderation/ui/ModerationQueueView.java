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
import org.citizendialogue.shared.ui.ReasonDialog;
import org.citizendialogue.submission.QueueItem;
import org.citizendialogue.submission.ReportReason;
import org.citizendialogue.submission.ReviewItem;
import org.citizendialogue.submission.SubmissionStatus;
import org.citizendialogue.submission.SubmissionKind;
import org.citizendialogue.submission.SubmissionService;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/**
 * The queue of pending submissions, oldest first, with where each belongs and who wrote it.
 * Approve, redact or reject; a colleague's decision in between is refused with a clear message.
 * Below it, reported and hidden content for review: hide, dismiss the reports, or restore.
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
    private final Div review = new Div();
    private final java.util.Map<Long, Component> cards = new java.util.HashMap<>();

    private final org.citizendialogue.account.Suspensions suspensions;
    private final org.citizendialogue.submission.RejectionReasons rejectionReasons;

    ModerationQueueView(SubmissionService submissions, DialogueService dialogues, TimeFormat time, LiveUpdates live,
            org.citizendialogue.answer.AnswerModeration answerModeration,
            org.citizendialogue.account.Suspensions suspensions,
            org.citizendialogue.submission.RejectionReasons rejectionReasons) {
        this.suspensions = suspensions;
        this.rejectionReasons = rejectionReasons;
        this.submissions = submissions;
        this.dialogues = dialogues;
        this.time = time;
        live.whileAttached(this, Channels.MODERATION, this::onQueueChange);
        addClassName("page");
        counter.setId("queue-count");
        counter.getElement().setAttribute("role", "status");
        queue.addClassName("queue");
        review.setId("review");
        review.addClassName("queue");
        var reviewHeading = new H2(getTranslation("moderation.review.title"));
        reviewHeading.setId("reports");
        add(new ModerationNav(ModerationNav.Page.QUEUE), new H1(getTranslation("moderation.title")), counter, queue,
                reviewHeading, review, new AnswerReviewSection(answerModeration));
        refresh();
    }

    private void refresh() {
        queue.removeAll();
        cards.clear();
        var items = submissions.pending(0, PAGE);
        var topics = dialogues.topics(items.stream().map(QueueItem::topicId).collect(Collectors.toSet()));
        items.forEach(item -> show(item, topics.get(item.topicId())));
        showCount();
        showReview();
    }

    /** Reported content and hidden content, most reported first: hide, dismiss the reports, or restore. */
    private void showReview() {
        review.removeAll();
        var items = submissions.reviewItems(0, PAGE);
        if (items.isEmpty()) {
            var empty = new Paragraph(getTranslation("moderation.review.empty"));
            empty.setId("review-empty");
            review.add(empty);
        }
        items.forEach(item -> review.add(reviewCard(item)));
    }

    private Component reviewCard(ReviewItem item) {
        var card = new Article();
        card.setId("review-item-" + item.id());
        card.addClassName("queue-card");
        var state = item.status() == SubmissionStatus.HIDDEN
                ? getTranslation(item.hiddenByReports() ? "moderation.review.hidden-by-reports" : "moderation.review.hidden")
                : getTranslation("submission.status.PUBLISHED");
        var meta = new Div(new StatusBadge(getTranslation("kind." + item.kind()), item.kind().name().toLowerCase()),
                new Span(item.authorName()), new Span(state));
        meta.addClassName("meta");
        card.add(meta, new Paragraph(item.body()));
        if (item.openReports() > 0) {
            var reasons = java.util.Arrays.stream(item.reasons().split(","))
                    .map(r -> getTranslation(ReportReason.valueOf(r).messageKey())).collect(Collectors.joining(", "));
            card.add(new Paragraph(getTranslation("moderation.review.reports", item.openReports(), reasons)));
        }
        if (item.hiddenReason() != null) {
            card.add(new Paragraph(getTranslation("moderation.review.reason", item.hiddenReason())));
        }
        var actions = new Div();
        actions.addClassName("actions");
        if (item.status() == SubmissionStatus.PUBLISHED) {
            var hide = new Button(getTranslation("moderation.hide"), e -> new ReasonDialog("hide", "moderation.hide.title",
                    "moderation.hide.reason", "moderation.hide", SubmissionService.NOTE_MAX, reason -> {
                        submissions.hide(item.id(), reason);
                        Toasts.success(getTranslation("moderation.hidden"));
                        refresh();
                    }).open());
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
        if (item.kind() == SubmissionKind.QUESTION && item.status() == SubmissionStatus.PUBLISHED) {
            actions.add(MergeDialog.button(submissions, item.id(), item.body(), this::refresh));
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
        actions.add(suspendButton(item.id(), item.authorName()));
        card.add(actions);
        return card;
    }

    /** "Suspend author": opens the suspension dialog for whoever wrote this submission. */
    private Button suspendButton(long submissionId, String authorName) {
        var suspend = new Button(getTranslation("suspension.suspend-author"), e -> submissions.subject(submissionId)
                .ifPresent(s -> new SuspendDialog(suspensions, s.authorId(), authorName, () -> { }).open()));
        suspend.setId("suspend-author-" + submissionId);
        suspend.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        suspend.getElement().setAttribute("aria-label", getTranslation("suspension.suspend-author-aria", authorName));
        return suspend;
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
        if (item.heldPhrase() != null) {
            var held = new StatusBadge(getTranslation("moderation.held", item.heldPhrase()), "held");
            held.setId("held-" + item.id());
            card.add(held);
        }
        if (item.kind() == SubmissionKind.COMMENT && item.questionBody() != null) {
            var context = new Paragraph(item.questionBody());
            context.addClassName("context");
            card.add(new Span(getTranslation("moderation.comment-on")), context);
        }
        card.add(new Paragraph(item.body()));
        if (item.originalBody() != null) {
            var original = new Paragraph(item.originalBody());
            original.setId("original-" + item.id());
            original.addClassName("context");
            card.add(new Span(getTranslation("moderation.original")), original);
        }
        var approve = new Button(getTranslation("moderation.approve"), e -> approve(item));
        approve.setId("approve-" + item.id());
        approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        var reject = new Button(getTranslation("moderation.reject"), e -> new RejectDialog(rejectionReasons.active(), (reason, note) -> {
            submissions.reject(item.id(), item.version(), reason, note);
            Toasts.success(getTranslation("moderation.rejected"));
            refresh();
        }).open());
        reject.setId("reject-" + item.id());
        reject.addThemeVariants(ButtonVariant.LUMO_ERROR);
        var redact = new Button(getTranslation("moderation.redact"), e -> new RedactDialog(item.body(), text -> {
            try {
                submissions.redact(item.id(), item.version(), text);
                Toasts.success(getTranslation("moderation.redacted"));
            } finally {
                refresh();
            }
        }).open());
        redact.setId("redact-" + item.id());
        var actions = new Div(approve, redact, reject, suspendButton(item.id(), item.authorName()));
        if (item.kind() == SubmissionKind.QUESTION) {
            actions.add(MergeDialog.button(submissions, item.id(), item.body(), this::refresh));
        }
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
