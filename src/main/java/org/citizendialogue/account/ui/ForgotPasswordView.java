package org.citizendialogue.account.ui;

import org.citizendialogue.account.PasswordResets;
import org.citizendialogue.account.RegistrationDraft;
import org.citizendialogue.shared.DomainException;
import org.citizendialogue.shared.ui.MainLayout;
import org.citizendialogue.shared.ui.Refusals;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** Asks for a reset link. The answer is the same whether an account has the address or not. */
@Route(value = "forgot-password", layout = MainLayout.class)
@AnonymousAllowed
class ForgotPasswordView extends VerticalLayout implements HasDynamicTitle {

    private final PasswordResets resets;
    private final EmailField email = new EmailField();
    private final Paragraph sent = new Paragraph();

    ForgotPasswordView(PasswordResets resets) {
        this.resets = resets;
        addClassName("narrow-page");
        email.setId("forgot-email");
        email.setLabel(getTranslation("forgot.email"));
        email.setMaxLength(RegistrationDraft.EMAIL_MAX);
        email.setAutocomplete(Autocomplete.EMAIL);
        email.setWidthFull();
        sent.setId("forgot-sent");
        sent.addClassName("notice-success");
        sent.getElement().setAttribute("role", "status");
        sent.setVisible(false);
        var submit = new Button(getTranslation("forgot.submit"), e -> submit());
        submit.setId("forgot-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H1(getTranslation("forgot.title")), new Paragraph(getTranslation("forgot.intro")), sent, email, submit);
    }

    private void submit() {
        email.setInvalid(false);
        try {
            resets.request(email.getValue());
            sent.setText(getTranslation("forgot.sent"));
            sent.setVisible(true);
        } catch (DomainException refused) {
            email.setErrorMessage(Refusals.text(refused));
            email.setInvalid(true);
            email.focus();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("forgot.title") + " · " + getTranslation("app.name");
    }
}
