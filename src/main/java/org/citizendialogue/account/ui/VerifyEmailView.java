package org.citizendialogue.account.ui;

import java.util.List;

import org.citizendialogue.account.EmailVerifications;
import org.citizendialogue.shared.ui.MainLayout;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * The page the confirmation e-mail links to (decision 021): opening it confirms the address, once,
 * while the link is valid; {@code verify-email-done} or {@code verify-email-invalid}.
 */
@Route(value = "verify-email", layout = MainLayout.class)
@AnonymousAllowed
class VerifyEmailView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final EmailVerifications verifications;
    private final Paragraph done = new Paragraph();
    private final Paragraph invalid = new Paragraph();

    VerifyEmailView(EmailVerifications verifications) {
        this.verifications = verifications;
        addClassName("narrow-page");
        done.setId("verify-email-done");
        done.getElement().setAttribute("role", "status");
        done.setText(getTranslation("verify.done"));
        invalid.setId("verify-email-invalid");
        invalid.addClassName("notice-error");
        invalid.getElement().setAttribute("role", "alert");
        invalid.setText(getTranslation("verify.invalid"));
        var home = new Anchor("", getTranslation("verify.continue"));
        home.setId("verify-email-continue");
        add(new H1(getTranslation("verify.title")), done, invalid, new Paragraph(home));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var token = event.getLocation().getQueryParameters().getParameters().getOrDefault("token", List.of()).stream()
                .findFirst()
                .orElse(null);
        var confirmed = verifications.confirm(token);
        done.setVisible(confirmed);
        invalid.setVisible(!confirmed);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("verify.title") + " · " + getTranslation("app.name");
    }
}
