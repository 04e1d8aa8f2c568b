package org.citizendialogue.moderation.ui;

import java.util.function.Consumer;

import org.citizendialogue.submission.SubmissionService;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.textfield.TextArea;

/** Lets a moderator edit a pending text to take out personal data, then hands the edited text back. */
class RedactDialog extends DecisionDialog {

    RedactDialog(String body, Consumer<String> onSave) {
        setHeaderTitle(getTranslation("moderation.redact.title"));
        var text = new TextArea(getTranslation("moderation.redact.text"));
        text.setId("redact-text");
        text.setValue(body);
        text.setMaxLength(SubmissionService.BODY_MAX);
        text.setHelperText(getTranslation("moderation.redact.help"));
        text.setWidthFull();
        add(text);
        var save = new Button(getTranslation("moderation.redact.save"), e -> {
            if (text.getValue().isBlank()) {
                text.setErrorMessage(getTranslation("validation.required"));
                text.setInvalid(true);
                text.focus();
                return;
            }
            decide(() -> onSave.accept(text.getValue()));
        });
        save.setId("redact-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var cancel = new Button(getTranslation("action.cancel"), e -> close());
        cancel.setId("redact-cancel");
        getFooter().add(cancel, save);
        setWidth("min(40rem, 95vw)");
    }
}
