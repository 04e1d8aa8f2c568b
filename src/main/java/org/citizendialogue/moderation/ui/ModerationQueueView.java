package org.citizendialogue.moderation.ui;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;

import org.citizendialogue.account.Suspensions;
import org.citizendialogue.moderation.Claim;
import org.citizendialogue.moderation.QueueFeed;
import org.citizendialogue.moderation.QueueService;
import org.citizendialogue.programme.ProgrammeService;
import org.citizendialogue.programme.TopicContext;
import org.citizendialogue.shared.CurrentUser;
import org.citizendialogue.shared.DomainException;
import org.citizendialogue.shared.live.LiveUpdates;
import org.citizendialogue.shared.ui.MainLayout;
import org.citizendialogue.shared.ui.Refusals;
import org.citizendialogue.shared.ui.TimeFormat;
import org.citizendialogue.shared.ui.Toasts;
import org.citizendialogue.submission.PublishedSubmissions;
import org.citizendialogue.submission.QueueFilter;
import org.citizendialogue.submission.QueueItem;
import org.citizendialogue.submission.RedactedOriginals;
import org.citizendialogue.submission.RejectionReasons;
import org.citizendialogue.submission.SubmissionKind;
import org.citizendialogue.submission.SubmissionModeration;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

/**
 * The queue of pending submissions, oldest first, filtered by programme, topic, kind and age,
 * one page at a time, with a live counter. Keyboard: J/↓ and K/↑ move between items, A approves,
 * R rejects, X selects (the keys act only while focus is in the queue, never in a field). A
 * selection is approved or rejected in bulk; every item is still checked on its own. Claims show
 * colleagues who is handling an item. Reported and hidden content is on the reports tab. Its parts:
 * {@link QueueCursor} (the current item and the keys), {@link BulkBar}, {@link QueueCard} with
 * {@link ItemActions}, and the decision dialogs ({@link DecisionDialog}).
 */
@Route(value = "moderation", layout = MainLayout.class)
@RolesAllowed("MODERATOR")
class ModerationQueueView extends VerticalLayout implements HasDynamicTitle {

    static final int PAGE = 25;

    private final SubmissionModeration moderation;
    private final PublishedSubmissions published;
    private final QueueService queueService;
    private final ProgrammeService programmes;
    private final RejectionReasons rejectionReasons;
    private final RedactedOriginals originals;
    private final TimeFormat time;
    private final long viewerId;
    private final Paragraph counter = new Paragraph();
    private final Div queue = new Div();
    private final Button more = new Button();
    private final ItemActions itemActions;
    private final Map<Long, QueueCard> cards = new LinkedHashMap<>();
    private final Map<Long, TopicContext> topics = new HashMap<>();
    private final BulkBar bulk;
    private final QueueCursor cursor;
    private QueueFilter filter = QueueFilter.ALL;
    private int limit = PAGE;

    ModerationQueueView(
            SubmissionModeration moderation,
            PublishedSubmissions published,
            QueueService queueService,
            ProgrammeService programmes,
            TimeFormat time,
            LiveUpdates live,
            Suspensions suspensions,
            RejectionReasons rejectionReasons,
            RedactedOriginals originals) {
        this.moderation = moderation;
        this.published = published;
        this.queueService = queueService;
        this.programmes = programmes;
        this.rejectionReasons = rejectionReasons;
        this.originals = originals;
        this.time = time;
        this.viewerId = CurrentUser.require().accountId();
        live.whileAttached(this, QueueFeed.QUEUE, this::onQueueChange, this::refresh);
        addClassName("page");
        var filters = new QueueFilters(programmes, f -> {
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
        queue.getElement().setAttribute("aria-describedby", "queue-help");
        more.setText(getTranslation("moderation.more"));
        more.setId("queue-more");
        more.addClickListener(e -> {
            limit += PAGE;
            load();
        });
        itemActions = new ItemActions(moderation, published, suspensions, this::refresh);
        bulk = new BulkBar(queueService, rejectionReasons, cards::values, this::refresh);
        cursor = new QueueCursor(queue, cards, this::approve, this::reject, bulk::showSelection);
        add(
                new ModerationNav(ModerationNav.Page.QUEUE),
                new H1(getTranslation("moderation.title")),
                filters,
                counter,
                help,
                bulk,
                queue,
                more);
        refresh();
    }

    // ---- loading ----

    private void refresh() {
        queue.removeAll();
        cards.clear();
        cursor.reset();
        load();
    }

    /** Shows the items up to the current limit that are not shown yet (never the whole queue). */
    private void load() {
        var page = moderation.pending(filter, cards.size(), limit - cards.size() + 1);
        var hasMore = cards.size() + page.size() > limit;
        var visible = hasMore ? page.subList(0, page.size() - 1) : page;
        remember(visible);
        visible.stream().filter(i -> !cards.containsKey(i.id())).forEach(this::show);
        var claims = queueService.claims(visible.stream().map(QueueItem::id).toList());
        claims.forEach((id, claim) -> cards.get(id).showClaim(claim, viewerId, getLocale()));
        more.setVisible(hasMore);
        cursor.ensureCurrent();
        showCount();
        bulk.showSelection();
    }

    private void remember(List<QueueItem> items) {
        var missing = items.stream()
                .map(QueueItem::topicId)
                .filter(t -> !topics.containsKey(t))
                .collect(Collectors.toSet());
        topics.putAll(programmes.topics(missing));
    }

    private void show(QueueItem item) {
        var card = new QueueCard(
                item,
                topics.get(item.topicId()),
                time,
                getLocale(),
                selected -> bulk.showSelection(),
                originals::reveal);
        card.getElement().addEventListener("focusin", e -> cursor.setCurrent(item.id(), false));
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
        if (item.kind() == SubmissionKind.QUESTION) {
            card.actions().add(itemActions.duplicate(item.id(), item.body()));
        }
    }

    private void showCount() {
        showCount(published.countPending());
    }

    /** Shows the counter with the total pending (read, or brought by a live update). */
    private void showCount(long total) {
        counter.setText(
                filter.isAll()
                        ? getTranslation("moderation.count", total)
                        : getTranslation("moderation.count-filtered", moderation.countPending(filter), total));
        queue.getChildren()
                .filter(c -> "queue-empty".equals(c.getId().orElse(null)))
                .toList()
                .forEach(queue::remove);
        if (cards.isEmpty()) {
            var empty =
                    new Paragraph(getTranslation(filter.isAll() ? "moderation.empty" : "moderation.empty-filtered"));
            empty.setId("queue-empty");
            queue.add(empty);
        }
    }

    // ---- decisions ----

    private void approve(QueueItem item) {
        try {
            moderation.approve(item.id(), item.version());
            Toasts.success(getTranslation("moderation.approved"));
            removeCard(item.id());
        } catch (RuntimeException e) {
            refresh();
            throw e;
        }
    }

    private void reject(QueueItem item) {
        var dialog = new RejectDialog(rejectionReasons.active(), (reason, note) -> {
            try {
                moderation.reject(item.id(), item.version(), reason, note);
                Toasts.success(getTranslation("moderation.rejected"));
                removeCard(item.id());
            } catch (RuntimeException e) {
                refresh();
                throw e;
            }
        });
        openClaimed(dialog, item);
    }

    private void redact(QueueItem item) {
        var dialog = new RedactDialog(item.body(), text -> {
            try {
                moderation.redact(item.id(), item.version(), text);
                Toasts.success(getTranslation("moderation.redacted"));
            } finally {
                refresh();
            }
        });
        openClaimed(dialog, item);
    }

    /** Opens a decision dialog holding a claim on the item; changing one's mind releases it. */
    private void openClaimed(DecisionDialog dialog, QueueItem item) {
        if (autoClaim(item)) {
            dialog.onClosed(outcome -> {
                if (outcome == DecisionDialog.Outcome.CANCELLED && cards.containsKey(item.id())) {
                    queueService.release(item.id());
                    showClaim(item.id(), null);
                }
            });
        }
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
            Toasts.error(Refusals.text(taken));
            return false;
        }
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

    private void showClaim(long id, Claim claim) {
        var card = cards.get(id);
        if (card == null) {
            return;
        }
        card.showClaim(claim, viewerId, getLocale());
        var mine = claim != null && claim.moderatorId() == viewerId;
        card.getElement().getClassList().set("mine", mine);
        card.actions()
                .getChildren()
                .filter(c -> ("claim-" + id).equals(c.getId().orElse(null)))
                .findFirst()
                .ifPresent(b -> ((Button) b).setText(getTranslation(mine ? "moderation.release" : "moderation.claim")));
    }

    /** Takes a decided item off the page; the next one becomes current. */
    private void removeCard(long id) {
        removeCard(id, published.countPending());
    }

    private void removeCard(long id, long pending) {
        var index = new ArrayList<>(cards.keySet()).indexOf(id);
        var card = cards.remove(id);
        if (card != null) {
            queue.remove(card);
            cursor.removed(id, index);
        }
        showCount(pending);
        bulk.showSelection();
    }

    // ---- live ----

    /**
     * New items join the end of the page when they match the filters; decided ones leave; claims
     * show. Each update comes prepared (decision 032): nothing is read for it here, except the
     * filtered count while a filter is set.
     */
    private void onQueueChange(QueueFeed.QueueUpdate update) {
        switch (update) {
            case QueueFeed.Arrived arrived -> arrived(arrived);
            case QueueFeed.Left left -> removeCard(left.submissionId(), left.pending());
            case QueueService.ClaimChanged changed -> showClaim(changed.submissionId(), changed.claim());
        }
    }

    private void arrived(QueueFeed.Arrived arrived) {
        var item = arrived.item();
        if (!cards.containsKey(item.id())) {
            if (arrived.topic() != null) {
                topics.putIfAbsent(item.topicId(), arrived.topic());
            }
            var topic = topics.get(item.topicId());
            if (filter.admits(item, topic == null ? null : topic.dialogueId())) {
                if (!more.isVisible() && cards.size() < limit) {
                    show(item);
                    cursor.ensureCurrent();
                } else {
                    more.setVisible(true);
                }
            }
        }
        showCount(arrived.pending());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("moderation.title") + " · " + getTranslation("app.name");
    }
}
