package org.citizendialogue.moderation.ui;

import java.time.Duration;
import java.time.LocalDate;

import org.citizendialogue.account.Suspension;
import org.citizendialogue.account.Suspensions;
import org.citizendialogue.shared.DomainException;
import org.citizendialogue.shared.Texts;
import org.citizendialogue.shared.ui.ServerRefusals;
import org.citizendialogue.shared.ui.Toasts;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;

/**
 * Suspends the author of a submission: a reason they will be shown and a length (an hour, a
 * day, a week, a month, or to the end of a chosen day). The service checks who may suspend whom;
 * a refusal is shown next to its field, or as a message, and what was typed stays.
 */
class SuspendDialog extends Dialog {

    enum Length {
        HOUR(Duration.ofHours(1)),
        DAY(Duration.ofDays(1)),
        WEEK(Duration.ofDays(7)),
        MONTH(Duration.ofDays(30)),
        UNTIL_DATE(null);

        final Duration duration;

        Length(Duration duration) {
            this.duration = duration;
        }
    }

    SuspendDialog(Suspensions suspensions, long accountId, String name, Runnable onSuspended) {
        setHeaderTitle(getTranslation("suspension.dialog.title", name));
        var reason = new TextArea(getTranslation("suspension.dialog.reason"));
        reason.setId("suspend-reason");
        reason.setRequiredIndicatorVisible(true);
        reason.setMaxLength(Suspension.REASON_MAX);
        reason.setValueChangeMode(ValueChangeMode.TIMEOUT);
        reason.addValueChangeListener(e ->
                reason.setHelperText(getTranslation("input.count", Texts.length(e.getValue()), Suspension.REASON_MAX)));
        reason.setHelperText(getTranslation("suspension.dialog.reason-help"));
        reason.setWidthFull();
        var length = new Select<Length>();
        length.setId("suspend-length");
        length.setLabel(getTranslation("suspension.dialog.length"));
        length.setItems(Length.values());
        length.setItemLabelGenerator(l -> getTranslation("suspension.length." + l.name()));
        length.setValue(Length.DAY);
        length.setWidthFull();
        var until = new DatePicker(getTranslation("suspension.dialog.until"));
        until.setId("suspend-until");
        until.setLocale(getLocale());
        until.setMin(LocalDate.now());
        until.setVisible(false);
        until.setWidthFull();
        length.addValueChangeListener(e -> until.setVisible(e.getValue() == Length.UNTIL_DATE));
        add(new Paragraph(getTranslation("suspension.dialog.effect")), reason, length, until);
        var refusals = new ServerRefusals();
        refusals.bind("reason", reason);
        refusals.bind("until", until);
        var confirm = new Button(getTranslation("suspension.dialog.confirm"), e -> {
            refusals.clear();
            try {
                if (length.getValue() == Length.UNTIL_DATE) {
                    suspensions.suspendThrough(accountId, reason.getValue(), until.getValue());
                } else {
                    suspensions.suspendFor(accountId, reason.getValue(), length.getValue().duration);
                }
            } catch (DomainException refused) {
                refusals.showOrThrow(refused);
                return;
            }
            Toasts.success(getTranslation("suspension.suspended", name));
            close();
            onSuspended.run();
        });
        confirm.setId("suspend-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        var cancel = new Button(getTranslation("action.cancel"), e -> close());
        cancel.setId("suspend-cancel");
        getFooter().add(cancel, confirm);
        setWidth("min(32rem, 95vw)");
    }
}
