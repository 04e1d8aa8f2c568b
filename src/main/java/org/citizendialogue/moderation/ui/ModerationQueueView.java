package org.citizendialogue.moderation.ui;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.citizendialogue.dialogue.DialogueService;
import org.citizendialogue.dialogue.TopicContext;
import org.citizendialogue.moderation.BulkResult;
import org.citizendialogue.moderation.QueueFeed;
import org.citizendialogue.moderation.QueueService;
import org.citizendialogue.shared.CurrentUser;
import org.citizendialogue.shared.DomainException;
import org.citizendialogue.shared.live.Channels;
import org.citizendialogue.shared.live.LiveUpdates;
import org.citizendialogue.shared.ui.LiveAnnouncer;
import org.citizendialogue.shared.ui.MainLayout;
import org.citizendialogue.shared.ui.TimeFormat;
import org.citizendialogue.shared.ui.Toasts;
import org.citizendialogue.submission.QueueFilter;
import org.citizendialogue.submission.QueueItem;
import org.citizendialogue.submission.SubmissionService;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/**
 * The queue of pending submissions, oldest first, filtered by programme, topic, kind and age,
 * one page at a time, with a live counter. Keyboard: J/↓ and K/↑ move between items, A approves,
 * R rejects, X selects (the keys act only while focus is in the queue, never in a field). A
 * selection is approved or rejected in bulk; every item is still checked on its own. Claims show
 * colleagues who is handling an item. Reported and hidden content is on the reports tab.
 */
@Route(value = "moderation", layout = MainLayout.class)
@RolesAllowed("MODERATOR")
class ModerationQueueView extends VerticalLayout implements HasDynamicTitle {

    static final int PAGE = 25;

    private final SubmissionService submissions;
    private final QueueService queueService;
    private final DialogueService dialogues;
    private final TimeFormat time;
    private final long viewerId;
    private final QueueFilters filters;
    private final Paragraph counter = new Paragraph();
    private final Div queue = new Div();
    private final Button more = new Button();
    private final Span selectedCount = new Span();
    private final Checkbox selectAll = new Checkbox();
    private final Paragraph bulkResult = new Paragraph();
    private final ItemActions itemActions;
    private final Map<Long, QueueCard> cards = new LinkedHashMap<>();
    private final Map<Long, TopicContext> topics = new HashMap<>();
    private final org.citizendialogue.submission.RejectionReasons rejectionReasons;
    private QueueFilter filter = QueueFilter.ALL;
    private int limit = PAGE;
    private Long current;

    private final org.citizendialogue.submission.RedactedOriginals originals;

    ModerationQueueView(SubmissionService submissions, QueueService queueService, DialogueService dialogues,
            TimeFormat time, LiveUpdates live, org.citizendialogue.account.Suspensions suspensions,
            org.citizendialogue.submission.RejectionReasons rejectionReasons,
            org.citizendialogue.submission.RedactedOriginals originals) {
        this.rejectionReasons = rejectionReasons;
        this.originals = originals;
        this.submissions = submissions;
        this.queueService = queueService;
        this.dialogues = dialogues;
        this.time = time;
        this.viewerId = CurrentUser.require().accountId();
        live.whileAttached(this, Channels.MODERATION, this::onQueueChange);
        addClassName("page");
        filters = new QueueFilters(dialogues, f -> {
            filter = f;
            limit = PAGE;
            refresh();
        });
        counter.setId("queue-count");
        counter.getElement().setAttribute("role", "status");
        var help = new Paragraph(getTranslation("moderation.keys"));
        help.setId("queue-help");
        help.addClassName("hint");
        queue.setId("queue");
        queue.addClassName("queue");
        queue.getElement().setAttribute("aria-keyshortcuts", "J ArrowDown K ArrowUp A R X");
        queue.getElement().setAttribute("aria-describedby", "queue-help");
        more.setText(getTranslation("moderation.more"));
        more.setId("queue-more");
        more.addClickListener(e -> {
            limit += PAGE;
            load();
        });
        itemActions = new ItemActions(submissions, suspensions, this::refresh);
        add(new ModerationNav(ModerationNav.Page.QUEUE), new H1(getTranslation("moderation.title")), filters, counter,
                help, bulkBar(), queue, more);
        keys();
        refresh();
    }

    // ---- loading ----

    private void refresh() {
        queue.removeAll();
        cards.clear();
        current = null;
        load();
    }

    /** Shows the items up to the current limit that are not shown yet (never the whole queue). */
    private void load() {
        var page = submissions.pending(filter, cards.size(), limit - cards.size() + 1);
        var hasMore = cards.size() + page.size() > limit;
        var visible = hasMore ? page.subList(0, page.size() - 1) : page;
        remember(visible);
        visible.stream().filter(i -> !cards.containsKey(i.id())).forEach(this::show);
        var claims = queueService.claims(visible.stream().map(QueueItem::id).toList());
        claims.forEach((id, claim) -> cards.get(id).showClaim(claim, viewerId, getLocale()));
        more.setVisible(hasMore);
        if (current == null && !cards.isEmpty()) {
            setCurrent(cards.keySet().iterator().next(), false);
        }
        showCount();
        showSelection();
    }

    private void remember(List<QueueItem> items) {
        var missing = items.stream().map(QueueItem::topicId).filter(t -> !topics.containsKey(t))
                .collect(Collectors.toSet());
        topics.putAll(dialogues.topics(missing));
    }

    private void show(QueueItem item) {
        var card = new QueueCard(item, topics.get(item.topicId()), time, getLocale(), selected -> showSelection(),
                originals::reveal);
        card.getElement().addEventListener("focusin", e -> setCurrent(item.id(), false));
        itemActions(card);
        cards.put(item.id(), card);
        queue.add(card);
    }

    /** The actions of one item: one button each. */
    private void itemActions(QueueCard card) {
        var item = card.item();
        var approve = new Button(getTranslation("moderation.approve"), e -> approve(item));
        approve.setId("approve-" + item.id());
        approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        var redact = new Button(getTranslation("moderation.redact"), e -> redact(item));
        redact.setId("redact-" + item.id());
        var reject = new Button(getTranslation("moderation.reject"), e -> reject(item));
        reject.setId("reject-" + item.id());
        reject.addThemeVariants(ButtonVariant.LUMO_ERROR);
        var claim = new Button(getTranslation("moderation.claim"), e -> claim(item));
        claim.setId("claim-" + item.id());
        claim.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        card.actions().add(approve, redact, reject, claim, itemActions.suspendAuthor(item.id(), item.authorName()));
        if (item.kind() == org.citizendialogue.submission.SubmissionKind.QUESTION) {
            card.actions().add(itemActions.duplicate(item.id(), item.body()));
        }
    }

    private void showCount() {
        var total = submissions.countPending();
        counter.setText(filter.isAll() ? getTranslation("moderation.count", total)
                : getTranslation("moderation.count-filtered", submissions.countPending(filter), total));
        queue.getChildren().filter(c -> "queue-empty".equals(c.getId().orElse(null))).toList().forEach(queue::remove);
        if (cards.isEmpty()) {
            var empty = new Paragraph(getTranslation(filter.isAll() ? "moderation.empty" : "moderation.empty-filtered"));
            empty.setId("queue-empty");
            queue.add(empty);
        }
    }

    // ---- decisions ----

    private void approve(QueueItem item) {
        try {
            submissions.approve(item.id(), item.version());
            Toasts.success(getTranslation("moderation.approved"));
            removeCard(item.id());
        } catch (RuntimeException e) {
            refresh();
            throw e;
        }
    }

    private void reject(QueueItem item) {
        var claimed = autoClaim(item);
        var decided = new boolean[1];
        var dialog = new RejectDialog(rejectionReasons.active(), (reason, note) -> {
            try {
                submissions.reject(item.id(), item.version(), reason, note);
                decided[0] = true;
                Toasts.success(getTranslation("moderation.rejected"));
                removeCard(item.id());
            } catch (RuntimeException e) {
                refresh();
                throw e;
            }
        });
        releaseOnCancel(dialog, item, claimed, decided);
        dialog.open();
    }

    private void redact(QueueItem item) {
        var claimed = autoClaim(item);
        var saved = new boolean[1];
        var dialog = new RedactDialog(item.body(), text -> {
            try {
                submissions.redact(item.id(), item.version(), text);
                saved[0] = true;
                Toasts.success(getTranslation("moderation.redacted"));
            } finally {
                refresh();
            }
        });
        releaseOnCancel(dialog, item, claimed, saved);
        dialog.open();
    }

    /**
     * Claims the item; opening a decision dialog does it too, so that colleagues see it is being
     * handled. A colleague's live claim is told, not thrown: the moderator may still decide.
     */
    private boolean autoClaim(QueueItem item) {
        try {
            showClaim(item.id(), queueService.claim(item.id()));
            return true;
        } catch (DomainException taken) {
            Toasts.error(org.citizendialogue.shared.ui.Refusals.text(taken));
            return false;
        }
    }

    private void releaseOnCancel(com.vaadin.flow.component.dialog.Dialog dialog, QueueItem item, boolean claimed,
            boolean[] decided) {
        if (!claimed) {
            return;
        }
        dialog.addOpenedChangeListener(e -> {
            if (!e.isOpened() && !decided[0] && cards.containsKey(item.id())) {
                queueService.release(item.id());
                showClaim(item.id(), null);
            }
        });
    }

    private void claim(QueueItem item) {
        var card = cards.get(item.id());
        if (card != null && card.getElement().getClassList().contains("mine")) {
            queueService.release(item.id());
            showClaim(item.id(), null);
            return;
        }
        if (autoClaim(item)) {
            Toasts.success(getTranslation("moderation.claimed"));
        }
    }

    private void showClaim(long id, org.citizendialogue.moderation.Claim claim) {
        var card = cards.get(id);
        if (card == null) {
            return;
        }
        card.showClaim(claim, viewerId, getLocale());
        var mine = claim != null && claim.moderatorId() == viewerId;
        card.getElement().getClassList().set("mine", mine);
        card.actions().getChildren().filter(c -> ("claim-" + id).equals(c.getId().orElse(null))).findFirst()
                .ifPresent(b -> ((Button) b).setText(getTranslation(mine ? "moderation.release" : "moderation.claim")));
    }

    // ---- bulk ----

    private Div bulkBar() {
        selectAll.setId("queue-select-all");
        selectAll.setLabel(getTranslation("moderation.bulk.select-all"));
        selectAll.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                cards.values().forEach(c -> c.setSelected(e.getValue()));
            }
        });
        selectedCount.setId("queue-selected");
        var approve = new Button(getTranslation("moderation.bulk.approve"), e -> bulkApprove());
        approve.setId("bulk-approve");
        approve.addThemeVariants(ButtonVariant.LUMO_SUCCESS);
        var reject = new Button(getTranslation("moderation.bulk.reject"), e -> bulkReject());
        reject.setId("bulk-reject");
        reject.addThemeVariants(ButtonVariant.LUMO_ERROR);
        bulkResult.setId("bulk-result");
        bulkResult.getElement().setAttribute("role", "status");
        var bar = new Div(selectAll, selectedCount, approve, reject);
        bar.setId("queue-bulk");
        bar.addClassName("bulk-bar");
        return new Div(bar, bulkResult);
    }

    private List<QueueService.Seen> selection() {
        return cards.values().stream().filter(QueueCard::isSelected)
                .map(c -> new QueueService.Seen(c.item().id(), c.item().version())).toList();
    }

    private void showSelection() {
        var n = cards.values().stream().filter(QueueCard::isSelected).count();
        selectedCount.setText(getTranslation("moderation.bulk.selected", n));
        selectAll.setValue(n > 0 && n == cards.size());
    }

    private void bulkApprove() {
        var selection = selection();
        if (selection.isEmpty()) {
            Toasts.error(getTranslation("moderation.bulk.none"));
            return;
        }
        bulkDone(queueService.approveAll(selection));
    }

    private void bulkReject() {
        var selection = selection();
        if (selection.isEmpty()) {
            Toasts.error(getTranslation("moderation.bulk.none"));
            return;
        }
        new RejectDialog(rejectionReasons.active(), (reason, note) -> bulkDone(queueService.rejectAll(selection, reason, note)))
                .open();
    }

    private void bulkDone(BulkResult result) {
        var text = getTranslation("moderation.bulk.done", result.succeeded());
        if (!result.alreadyDecided().isEmpty()) {
            text += " " + getTranslation("moderation.bulk.already", result.alreadyDecided().size(),
                    result.alreadyDecided().stream().map(id -> "#" + id).collect(Collectors.joining(", ")));
        }
        bulkResult.setText(text);
        Toasts.success(text);
        refresh();
    }

    // ---- keyboard ----

    /** The queue's keys, heard only while focus is inside the queue: never while typing in a field or dialog. */
    private void keys() {
        Shortcuts.addShortcutListener(queue, () -> move(1), Key.KEY_J).listenOn(queue);
        Shortcuts.addShortcutListener(queue, () -> move(1), Key.ARROW_DOWN).listenOn(queue);
        Shortcuts.addShortcutListener(queue, () -> move(-1), Key.KEY_K).listenOn(queue);
        Shortcuts.addShortcutListener(queue, () -> move(-1), Key.ARROW_UP).listenOn(queue);
        Shortcuts.addShortcutListener(queue, () -> onCurrent(this::approve), Key.KEY_A).listenOn(queue);
        Shortcuts.addShortcutListener(queue, () -> onCurrent(this::reject), Key.KEY_R).listenOn(queue);
        Shortcuts.addShortcutListener(queue, () -> {
            var card = current == null ? null : cards.get(current);
            if (card != null) {
                card.setSelected(!card.isSelected());
                LiveAnnouncer.announce(this, getTranslation(card.isSelected() ? "moderation.announce.selected"
                        : "moderation.announce.unselected"));
            }
        }, Key.KEY_X).listenOn(queue);
    }

    private void onCurrent(java.util.function.Consumer<QueueItem> action) {
        var card = current == null ? null : cards.get(current);
        if (card != null) {
            action.accept(card.item());
        }
    }

    private void move(int step) {
        if (cards.isEmpty()) {
            return;
        }
        var ids = new ArrayList<>(cards.keySet());
        var index = current == null ? -1 : ids.indexOf(current);
        var next = Math.max(0, Math.min(ids.size() - 1, index + step));
        setCurrent(ids.get(next), true);
        LiveAnnouncer.announce(this, getTranslation("moderation.announce.position", next + 1, ids.size(),
                getTranslation("kind." + cards.get(ids.get(next)).item().kind()),
                cards.get(ids.get(next)).item().authorName()));
    }

    private void setCurrent(long id, boolean focus) {
        if (current != null && current == id && !focus) {
            return;
        }
        if (current != null && cards.containsKey(current)) {
            cards.get(current).setCurrent(false);
        }
        current = id;
        var card = cards.get(id);
        card.setCurrent(true);
        if (focus) {
            card.getElement().executeJs("this.focus(); this.scrollIntoView({block: 'nearest'})");
        }
    }

    /** Takes a decided item off the page; the next one becomes current, focused if focus was in the queue. */
    private void removeCard(long id) {
        var ids = new ArrayList<>(cards.keySet());
        var index = ids.indexOf(id);
        var card = cards.remove(id);
        if (card == null) {
            showCount();
            return;
        }
        queue.remove(card);
        if (current != null && current == id) {
            current = null;
            ids.remove(index);
            if (!ids.isEmpty()) {
                var next = ids.get(Math.min(index, ids.size() - 1));
                setCurrent(next, false);
                // focus follows the work only if it was in the queue (or lost with the removed card,
                // or with a closing dialog): never taken from a field elsewhere on the page
                cards.get(next).getElement().executeJs("""
                        const card = this;
                        const follow = () => {
                          const active = document.activeElement;
                          if (active === card || !card.isConnected || !card.classList.contains('current')) { return; }
                          if (!active || active === document.body
                              || (card.parentElement && card.parentElement.contains(active))) { card.focus(); }
                        };
                        follow();
                        setTimeout(follow, 300);
                        setTimeout(follow, 1000);
                        """);
            }
        }
        showCount();
        showSelection();
    }

    // ---- live ----

    /** New items join the end of the page when they match the filters; decided ones leave; claims show. */
    private void onQueueChange(Object update) {
        switch (update) {
            case LiveUpdates.Resync resync -> {
                refresh();
                showCount();
            }
            case QueueFeed.ArrivedElsewhere arrived -> submissions.pendingItem(arrived.submissionId())
                    .ifPresent(item -> onQueueChange(new QueueFeed.Arrived(item)));
            case QueueFeed.Arrived arrived when !cards.containsKey(arrived.item().id()) -> {
                remember(List.of(arrived.item()));
                if (matches(arrived.item()) && !more.isVisible() && cards.size() < limit) {
                    show(arrived.item());
                    if (current == null) {
                        setCurrent(arrived.item().id(), false);
                    }
                } else if (matches(arrived.item())) {
                    more.setVisible(true);
                }
                showCount();
            }
            case QueueFeed.Left left -> removeCard(left.submissionId());
            case QueueService.ClaimChanged changed -> showClaim(changed.submissionId(), changed.claim());
            default -> showCount();
        }
    }

    private boolean matches(QueueItem item) {
        var topic = topics.get(item.topicId());
        return (filter.topicId() == null || filter.topicId() == item.topicId())
                && (filter.dialogueId() == null || topic != null && topic.dialogueId() == filter.dialogueId())
                && (filter.kind() == null || filter.kind() == item.kind())
                && filter.olderThan() == null;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("moderation.title") + " · " + getTranslation("app.name");
    }
}
