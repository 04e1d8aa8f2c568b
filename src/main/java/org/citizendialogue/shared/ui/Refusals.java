package org.citizendialogue.shared.ui;

import java.time.Instant;
import java.util.Arrays;

import org.citizendialogue.shared.DomainException;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinService;

/**
 * A refusal as the person reads it: the message key translated, with moments (such as when a
 * rate limit lets them try again) shown as a local time in their language.
 */
public final class Refusals {

    private Refusals() {
    }

    public static String text(DomainException refused) {
        var ui = UI.getCurrent();
        var arguments = refused.arguments(ui.getLocale());
        if (Arrays.stream(arguments).anyMatch(Instant.class::isInstance)) {
            var time = VaadinService.getCurrent().getInstantiator().getOrCreate(TimeFormat.class);
            for (int i = 0; i < arguments.length; i++) {
                if (arguments[i] instanceof Instant instant) {
                    arguments[i] = time.time(instant, ui.getLocale());
                }
            }
        }
        return ui.getTranslation(refused.messageKey(), arguments);
    }
}
