package org.citizendialogue.moderation.ui;

import java.util.List;

import org.citizendialogue.submission.RejectionReason;
import org.citizendialogue.submission.SubmissionService;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;

/** Asks for the reason (shown to the author, from the managed list) and an optional private note, then hands them back. */
class RejectDialog extends DecisionDialog {

    interface Confirmed {
        void reject(String reasonCode, String note);
    }

    /** Offers the given reasons (the active ones of the managed list), each by its public text in the moderator's language. */
    RejectDialog(List<RejectionReason> reasons, Confirmed onConfirm) {
        setHeaderTitle(getTranslation("moderation.reject.title"));
        var reason = new Select<RejectionReason>();
        reason.setId("reject-reason");
        reason.setLabel(getTranslation("moderation.reject.reason"));
        reason.setItems(reasons);
        reason.setItemLabelGenerator(r -> r.text(getLocale()));
        reason.setRequiredIndicatorVisible(true);
        reason.setWidthFull();
        var note = new TextArea(getTranslation("moderation.reject.note"));
        note.setId("reject-note");
        note.setHelperText(getTranslation("moderation.reject.note-help", SubmissionService.NOTE_MAX));
        note.setWidthFull();
        add(reason, note);
        var confirm = new Button(getTranslation("moderation.reject.confirm"), e -> {
            if (reason.isEmpty()) {
                reason.setErrorMessage(getTranslation("validation.required"));
                reason.setInvalid(true);
                reason.focus();
                return;
            }
            decide(() -> onConfirm.reject(reason.getValue().code(), note.getValue()));
        });
        confirm.setId("reject-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        var cancel = new Button(getTranslation("action.cancel"), e -> close());
        cancel.setId("reject-cancel");
        getFooter().add(cancel, confirm);
        setWidth("min(32rem, 95vw)");
        addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                reason.focus();
            }
        });
    }
}
