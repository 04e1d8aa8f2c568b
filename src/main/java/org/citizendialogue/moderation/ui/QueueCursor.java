package org.citizendialogue.moderation.ui;

import java.util.ArrayList;
import java.util.Map;
import java.util.function.Consumer;

import org.citizendialogue.shared.ui.LiveAnnouncer;
import org.citizendialogue.submission.QueueItem;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.html.Div;

/**
 * The current item of the queue and the keys that work on it: J/↓ and K/↑ move, A approves, R
 * rejects, X selects. The keys are heard only while focus is inside the queue, never while typing in
 * a field or a dialog; each move is announced to screen readers.
 */
class QueueCursor {

    /**
     * After a decision the next card becomes current; focus follows it only if it was in the queue
     * (or was lost with the removed card, or with a closing dialog), never taken from a field
     * elsewhere on the page. Tried again as a dialog gives focus back late.
     */
    private static final String FOLLOW_FOCUS = """
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
            """;

    private final Div queue;
    private final Map<Long, QueueCard> cards;
    private Long current;

    QueueCursor(
            Div queue,
            Map<Long, QueueCard> cards,
            Consumer<QueueItem> approve,
            Consumer<QueueItem> reject,
            Runnable selectionChanged) {
        this.queue = queue;
        this.cards = cards;
        queue.getElement().setAttribute("aria-keyshortcuts", "J ArrowDown K ArrowUp A R X");
        Shortcuts.addShortcutListener(queue, () -> move(1), Key.KEY_J).listenOn(queue);
        Shortcuts.addShortcutListener(queue, () -> move(1), Key.ARROW_DOWN).listenOn(queue);
        Shortcuts.addShortcutListener(queue, () -> move(-1), Key.KEY_K).listenOn(queue);
        Shortcuts.addShortcutListener(queue, () -> move(-1), Key.ARROW_UP).listenOn(queue);
        Shortcuts.addShortcutListener(queue, () -> onCurrent(approve), Key.KEY_A)
                .listenOn(queue);
        Shortcuts.addShortcutListener(queue, () -> onCurrent(reject), Key.KEY_R).listenOn(queue);
        Shortcuts.addShortcutListener(
                        queue,
                        () -> onCurrent(item -> {
                            var card = cards.get(item.id());
                            card.setSelected(!card.isSelected());
                            selectionChanged.run();
                            LiveAnnouncer.announce(
                                    queue,
                                    queue.getTranslation(
                                            card.isSelected()
                                                    ? "moderation.announce.selected"
                                                    : "moderation.announce.unselected"));
                        }),
                        Key.KEY_X)
                .listenOn(queue);
    }

    /** Nothing is current (the page is read again). */
    void reset() {
        current = null;
    }

    /** The first card becomes current when none is. */
    void ensureCurrent() {
        if (current == null && !cards.isEmpty()) {
            setCurrent(cards.keySet().iterator().next(), false);
        }
    }

    void setCurrent(long id, boolean focus) {
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

    /** The card at this index of the page before it was removed has gone; the next one becomes current. */
    void removed(long id, int index) {
        if (current == null || current != id) {
            return;
        }
        current = null;
        if (cards.isEmpty()) {
            return;
        }
        var ids = new ArrayList<>(cards.keySet());
        var next = ids.get(Math.min(index, ids.size() - 1));
        setCurrent(next, false);
        cards.get(next).getElement().executeJs(FOLLOW_FOCUS);
    }

    private void onCurrent(Consumer<QueueItem> action) {
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
        var item = cards.get(ids.get(next)).item();
        LiveAnnouncer.announce(
                queue,
                queue.getTranslation(
                        "moderation.announce.position",
                        next + 1,
                        ids.size(),
                        queue.getTranslation("kind." + item.kind()),
                        item.authorName()));
    }
}
