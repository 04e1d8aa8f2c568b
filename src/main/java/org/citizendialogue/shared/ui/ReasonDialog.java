package org.citizendialogue.shared.ui;

import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;

/**
 * Asks for a required reason before a consequential action (hiding content) and hands it back.
 * Ids are {@code {prefix}-reason}, {@code {prefix}-confirm} and {@code {prefix}-cancel}.
 */
public class ReasonDialog extends Dialog {

    public ReasonDialog(
            String prefix, String titleKey, String labelKey, String confirmKey, int max, Consumer<String> onConfirm) {
        setHeaderTitle(getTranslation(titleKey));
        var reason = new TextArea(getTranslation(labelKey));
        reason.setId(prefix + "-reason");
        reason.setRequiredIndicatorVisible(true);
        reason.setMaxLength(max);
        reason.setWidthFull();
        add(reason);
        var confirm = new Button(getTranslation(confirmKey), e -> {
            if (reason.getValue().isBlank()) {
                reason.setErrorMessage(getTranslation("validation.required"));
                reason.setInvalid(true);
                reason.focus();
                return;
            }
            onConfirm.accept(reason.getValue());
            close();
        });
        confirm.setId(prefix + "-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        var cancel = new Button(getTranslation("action.cancel"), e -> close());
        cancel.setId(prefix + "-cancel");
        getFooter().add(cancel, confirm);
        setWidth("min(32rem, 95vw)");
    }
}
