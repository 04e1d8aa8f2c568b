package org.citizendialogue.account.ui;

import java.util.List;
import java.util.Map;

import org.citizendialogue.account.PasswordResets;
import org.citizendialogue.account.RegistrationDraft;
import org.citizendialogue.shared.DomainException;
import org.citizendialogue.shared.ui.MainLayout;
import org.citizendialogue.shared.ui.ServerRefusals;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** The page the reset e-mail links to: a new password, once, while the link is valid. */
@Route(value = "reset-password", layout = MainLayout.class)
@AnonymousAllowed
class ResetPasswordView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final PasswordResets resets;
    private final PasswordField password = new PasswordField();
    private final ServerRefusals refusals = new ServerRefusals();
    private final Button submit = new Button();
    private final Paragraph invalid = new Paragraph();
    private final Anchor askAgain = new Anchor("forgot-password");
    private String token;

    ResetPasswordView(PasswordResets resets) {
        this.resets = resets;
        addClassName("narrow-page");
        password.setId("reset-password");
        password.setLabel(getTranslation("reset.password"));
        password.setHelperText(getTranslation("register.password.help", RegistrationDraft.PASSWORD_MIN));
        password.setAutocomplete(Autocomplete.NEW_PASSWORD);
        password.setMaxLength(2 * RegistrationDraft.PASSWORD_MAX);
        password.setWidthFull();
        submit.setText(getTranslation("reset.submit"));
        submit.setId("reset-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickListener(e -> save());
        invalid.setId("reset-invalid");
        invalid.addClassName("notice-error");
        invalid.getElement().setAttribute("role", "alert");
        invalid.setText(getTranslation("reset.error.invalid"));
        askAgain.setId("reset-ask-again");
        askAgain.setText(getTranslation("reset.ask-again"));
        add(new H1(getTranslation("reset.title")), invalid, askAgain, password, submit);
        refusals.bind("password", password);
        refusals.showElsewhere("token", message -> showUsable(false));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getLocation().getQueryParameters().getParameters().getOrDefault("token", List.of()).stream()
                .findFirst()
                .orElse(null);
        showUsable(resets.usable(token));
    }

    private void showUsable(boolean usable) {
        invalid.setVisible(!usable);
        askAgain.setVisible(!usable);
        password.setVisible(usable);
        submit.setVisible(usable);
    }

    private void save() {
        refusals.clear();
        try {
            resets.reset(token, password.getValue());
            getUI().ifPresent(ui -> ui.navigate("login", QueryParameters.simple(Map.of("reset", ""))));
        } catch (DomainException refused) {
            refusals.show(refused, "password");
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("reset.title") + " · " + getTranslation("app.name");
    }
}
