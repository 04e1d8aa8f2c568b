package org.citizendialogue.shared.ui;

import org.citizendialogue.shared.DomainException;

import com.vaadin.flow.component.UI;

/**
 * A refusal as the person reads it: the message key translated, with its localized arguments
 * (a time, say) formatted in their language.
 */
public final class Refusals {

    private Refusals() {}

    public static String text(DomainException refused) {
        var ui = UI.getCurrent();
        return ui.getTranslation(refused.messageKey(), refused.arguments(ui.getLocale()));
    }
}
