package org.citizendialogue.account.ui;

import org.citizendialogue.account.AccountService;
import org.citizendialogue.account.RegistrationDraft;
import org.citizendialogue.shared.DomainException;
import org.citizendialogue.shared.ui.ServerRefusals;
import org.citizendialogue.shared.ui.Toasts;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.PasswordField;

/** The current password and a new one; a refusal is shown at its field and nothing typed is lost. */
class PasswordChangeForm extends Section {

    private final AccountService accounts;
    private final PasswordField current = new PasswordField();
    private final PasswordField replacement = new PasswordField();
    private final ServerRefusals refusals = new ServerRefusals();

    PasswordChangeForm(AccountService accounts) {
        this.accounts = accounts;
        setId("password-change");
        addClassName("password-change");
        current.setId("password-current");
        current.setLabel(getTranslation("password.current"));
        current.setAutocomplete(Autocomplete.CURRENT_PASSWORD);
        current.setMaxLength(2 * RegistrationDraft.PASSWORD_MAX);
        replacement.setId("password-new");
        replacement.setLabel(getTranslation("password.new"));
        replacement.setHelperText(getTranslation("register.password.help", RegistrationDraft.PASSWORD_MIN));
        replacement.setAutocomplete(Autocomplete.NEW_PASSWORD);
        replacement.setMaxLength(2 * RegistrationDraft.PASSWORD_MAX);
        current.setWidthFull();
        replacement.setWidthFull();
        var submit = new Button(getTranslation("password.change"), e -> change());
        submit.setId("password-change-submit");
        refusals.bind("currentPassword", current);
        refusals.bind("password", replacement);
        add(new H2(getTranslation("password.title")), current, replacement, submit);
    }

    private void change() {
        refusals.clear();
        try {
            accounts.changePassword(current.getValue(), replacement.getValue());
            current.clear();
            replacement.clear();
            Toasts.success(getTranslation("password.changed"));
        } catch (DomainException refused) {
            // a refusal of no field (the account is gone, say) is shown at the current password
            refusals.show(refused, refused.field() == null ? "currentPassword" : "password");
        }
    }
}
