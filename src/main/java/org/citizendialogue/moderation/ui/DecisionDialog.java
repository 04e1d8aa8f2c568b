package org.citizendialogue.moderation.ui;

import java.util.function.Consumer;

import com.vaadin.flow.component.dialog.Dialog;

/**
 * A dialog in which a moderator decides something, or changes their mind. When it closes it says
 * which ({@link Outcome}), so the queue releases the claim that opening it took only when nothing
 * was decided. A decision that fails leaves the dialog open, with the moderator's input.
 */
abstract class DecisionDialog extends Dialog {

    enum Outcome {
        DECIDED,
        CANCELLED
    }

    private Outcome outcome = Outcome.CANCELLED;

    /** Called once the dialog is closed, with how it ended. */
    void onClosed(Consumer<Outcome> listener) {
        addOpenedChangeListener(e -> {
            if (!e.isOpened()) {
                listener.accept(outcome);
            }
        });
    }

    /** Runs the decision and, when it went through, closes the dialog as decided. */
    protected void decide(Runnable decision) {
        decision.run();
        outcome = Outcome.DECIDED;
        close();
    }
}
