package org.citizendialogue.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.html.Div;

/**
 * A polite ARIA live region, one per page: live changes are announced to screen readers without
 * moving focus or interrupting what is being read.
 */
public final class LiveAnnouncer extends Div {

    public LiveAnnouncer() {
        setId("live-announcer");
        addClassName("sr-only");
        getElement().setAttribute("aria-live", "polite");
        getElement().setAttribute("role", "status");
        addAttachListener(e -> ComponentUtil.setData(e.getUI(), LiveAnnouncer.class, this));
    }

    /** Announces a short message on the page of the given component. */
    public static void announce(Component from, String message) {
        from.getUI().map(ui -> ComponentUtil.getData(ui, LiveAnnouncer.class)).ifPresent(a -> a.say(message));
    }

    private void say(String message) {
        // set in the browser after a pause, so that a repeated message is announced again
        getElement()
                .executeJs("const el = this; el.textContent = ''; setTimeout(() => el.textContent = $0, 150)", message);
    }
}
