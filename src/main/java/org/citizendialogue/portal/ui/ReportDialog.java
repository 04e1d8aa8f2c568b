package org.citizendialogue.portal.ui;

import org.citizendialogue.report.ReportReason;
import org.citizendialogue.submission.SubmissionService;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;

/** A resident's report on a published question: a reason and an optional explanation, handed back. */
class ReportDialog extends Dialog {

    interface Confirmed {
        void report(ReportReason reason, String text);
    }

    ReportDialog(Confirmed onConfirm) {
        setHeaderTitle(getTranslation("report.title"));
        var reason = new Select<ReportReason>();
        reason.setId("report-reason");
        reason.setLabel(getTranslation("report.reason"));
        reason.setItems(ReportReason.values());
        reason.setItemLabelGenerator(r -> getTranslation(r.messageKey()));
        reason.setRequiredIndicatorVisible(true);
        reason.setWidthFull();
        var text = new TextArea(getTranslation("report.text"));
        text.setId("report-text");
        text.setMaxLength(SubmissionService.NOTE_MAX);
        text.setHelperText(getTranslation("report.text-help", SubmissionService.NOTE_MAX));
        text.setWidthFull();
        add(reason, text);
        var submit = new Button(getTranslation("report.submit"), e -> {
            if (reason.isEmpty()) {
                reason.setErrorMessage(getTranslation("validation.required"));
                reason.setInvalid(true);
                reason.focus();
                return;
            }
            onConfirm.report(reason.getValue(), text.getValue());
            close();
        });
        submit.setId("report-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var cancel = new Button(getTranslation("action.cancel"), e -> close());
        cancel.setId("report-cancel");
        getFooter().add(cancel, submit);
        setWidth("min(32rem, 95vw)");
    }
}
