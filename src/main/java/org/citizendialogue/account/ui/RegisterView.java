package org.citizendialogue.account.ui;

import org.citizendialogue.account.AccountService;
import org.citizendialogue.account.RegistrationDraft;
import org.citizendialogue.shared.DomainException;
import org.citizendialogue.shared.ui.MainLayout;
import org.citizendialogue.shared.ui.ServerRefusals;

import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * Sign up as a resident. A refused field keeps everything typed and says why, next to it. A valid
 * form always ends in the same "check your e-mail" answer, whether the address is new or not.
 */
@Route(value = "register", layout = MainLayout.class)
@AnonymousAllowed
class RegisterView extends VerticalLayout implements HasDynamicTitle {

    private final AccountService accounts;
    private final EmailField email = new EmailField();
    private final TextField name = new TextField();
    private final PasswordField password = new PasswordField();
    private final Checkbox consent = new Checkbox();
    private final Checkbox emailNotifications = new Checkbox();
    private final Paragraph consentError = new Paragraph();
    private final ServerRefusals refusals = new ServerRefusals();

    RegisterView(AccountService accounts) {
        this.accounts = accounts;
        addClassName("narrow-page");
        email.setId("register-email");
        email.setLabel(getTranslation("register.email"));
        email.setRequiredIndicatorVisible(true);
        email.setMaxLength(RegistrationDraft.EMAIL_MAX);
        email.setAutocomplete(Autocomplete.EMAIL);
        name.setId("register-name");
        name.setLabel(getTranslation("register.name"));
        name.setHelperText(getTranslation("register.name.help"));
        name.setRequiredIndicatorVisible(true);
        name.setMaxLength(RegistrationDraft.DISPLAY_NAME_MAX);
        password.setId("register-password");
        password.setLabel(getTranslation("register.password"));
        password.setHelperText(getTranslation("register.password.help", RegistrationDraft.PASSWORD_MIN));
        password.setRequiredIndicatorVisible(true);
        // the browser counts UTF-16 units, the service code points: room for 128 characters outside the BMP too
        password.setMaxLength(2 * RegistrationDraft.PASSWORD_MAX);
        password.setAutocomplete(Autocomplete.NEW_PASSWORD);
        consent.setId("register-consent");
        consent.setLabel(getTranslation("register.consent"));
        consentError.setId("register-consent-error");
        consentError.addClassName("field-error");
        consentError.setVisible(false);
        refusals.bind("email", email);
        refusals.bind("displayName", name);
        refusals.bind("password", password);
        refusals.showElsewhere("consent", message -> {
            consentError.setText(message);
            consentError.setVisible(true);
        });
        consent.getElement().setAttribute("aria-describedby", "register-consent-error");
        var privacy = new Anchor("privacy", getTranslation("register.privacy-link"));
        // a consent of its own, off until ticked (issue 12)
        emailNotifications.setId("register-email-notifications");
        emailNotifications.setLabel(getTranslation("register.email-notifications"));
        var submit = new Button(getTranslation("register.submit"), e -> submit());
        submit.setId("register-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        for (var field : new HasSize[] {email, name, password}) {
            field.setWidthFull();
        }
        add(
                new H1(getTranslation("register.title")),
                new Paragraph(getTranslation("register.intro")),
                email,
                name,
                password,
                consent,
                privacy,
                consentError,
                emailNotifications,
                submit,
                new Paragraph(
                        new Span(getTranslation("register.have-account") + " "),
                        new Anchor("login", getTranslation("nav.login"))));
    }

    private void submit() {
        clearErrors();
        try {
            accounts.register(new RegistrationDraft(
                    email.getValue(),
                    name.getValue(),
                    password.getValue(),
                    consent.getValue(),
                    emailNotifications.getValue()));
            showSent(email.getValue().strip());
        } catch (DomainException refused) {
            showAtField(refused);
        }
    }

    /**
     * The one answer for a new and an existing address (issue 11, finding 5): check your e-mail.
     * Nobody is signed in here, so that a new account and an existing one look alike.
     */
    private void showSent(String address) {
        removeAll();
        var title = new H1(getTranslation("register.sent.title"));
        title.setId("register-sent-title");
        var sent = new Paragraph(getTranslation("register.sent", address));
        sent.setId("register-sent");
        sent.getElement().setAttribute("role", "status");
        var signIn = new Anchor("login", getTranslation("nav.login"));
        signIn.setId("register-sent-login");
        add(title, sent, new Paragraph(getTranslation("register.sent.sign-in")), new Paragraph(signIn));
    }

    private void showAtField(DomainException refused) {
        refusals.showOrThrow(refused);
    }

    private void clearErrors() {
        refusals.clear();
        consentError.setVisible(false);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("register.title") + " · " + getTranslation("app.name");
    }
}
