package org.citizendialogue.privacy.ui;

import org.citizendialogue.account.AccountClosure;
import org.citizendialogue.account.SecondFactors;
import org.citizendialogue.privacy.AccountDeletion;
import org.citizendialogue.shared.DomainException;
import org.citizendialogue.shared.ui.PersonalPageSection;
import org.citizendialogue.shared.ui.ServerRefusals;
import org.springframework.stereotype.Component;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.spring.security.AuthenticationContext;

/**
 * "Delete my account" on the person's own page (issue 12): what happens is said before anything
 * is asked; a dialog asks for the password (and a current code where two-step sign-in is on) and
 * whether published text without an official answer goes too. Back-office accounts are told why
 * they cannot, and who can help. After the deletion the person is signed out.
 */
@Component
class DeleteAccountSection implements PersonalPageSection {

    private final AccountDeletion deletion;
    private final AccountClosure closure;
    private final SecondFactors factors;
    private final AuthenticationContext authentication;

    DeleteAccountSection(
            AccountDeletion deletion,
            AccountClosure closure,
            SecondFactors factors,
            AuthenticationContext authentication) {
        this.deletion = deletion;
        this.closure = closure;
        this.factors = factors;
        this.authentication = authentication;
    }

    @Override
    public int position() {
        return 110;
    }

    @Override
    public com.vaadin.flow.component.Component create() {
        var section = new Section();
        section.setId("delete-account");
        section.add(new H2(section.getTranslation("delete-account.title")));
        if (!closure.mayDeleteOwn()) {
            section.add(new Paragraph(section.getTranslation("delete-account.back-office")));
            return section;
        }
        var what = new UnorderedList(
                new ListItem(section.getTranslation("delete-account.what.erased")),
                new ListItem(section.getTranslation("delete-account.what.kept")),
                new ListItem(section.getTranslation("delete-account.what.pending")),
                new ListItem(section.getTranslation("delete-account.what.final")));
        var open = new Button(
                section.getTranslation("delete-account.open"),
                e -> dialog(section).open());
        open.setId("delete-account-open");
        open.addThemeVariants(ButtonVariant.LUMO_ERROR);
        section.add(what, open);
        return section;
    }

    private Dialog dialog(Section section) {
        var dialog = new Dialog();
        dialog.setHeaderTitle(section.getTranslation("delete-account.dialog.title"));
        dialog.setWidth("min(100vw, 32em)");
        var password = new PasswordField(section.getTranslation("delete-account.password"));
        password.setId("delete-account-password");
        password.setWidthFull();
        password.getElement().setAttribute("autocomplete", "current-password");
        var code = new TextField(section.getTranslation("mfa.settings.code"));
        code.setId("delete-account-code");
        code.setMaxLength(16);
        code.getElement().setAttribute("autocomplete", "one-time-code");
        code.setVisible(factors.enrolled());
        var removeUnanswered = new Checkbox(section.getTranslation("delete-account.remove-unanswered"));
        removeUnanswered.setId("delete-account-remove-unanswered");
        var confirm = new Button(section.getTranslation("delete-account.confirm"));
        confirm.setId("delete-account-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        var refusals = new ServerRefusals();
        refusals.bind("password", password);
        refusals.bind("code", code);
        confirm.addClickListener(e -> {
            refusals.clear();
            try {
                deletion.deleteOwn(password.getValue(), code.getValue(), removeUnanswered.getValue());
            } catch (DomainException refused) {
                refusals.show(refused, "password");
                return;
            }
            dialog.close();
            authentication.logout();
        });
        var cancel = new Button(section.getTranslation("action.cancel"), e -> dialog.close());
        cancel.setId("delete-account-cancel");
        dialog.add(
                new Paragraph(section.getTranslation("delete-account.dialog.intro")), password, code, removeUnanswered);
        dialog.getFooter().add(cancel, confirm);
        return dialog;
    }
}
