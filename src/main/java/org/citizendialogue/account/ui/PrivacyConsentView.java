package org.citizendialogue.account.ui;

import jakarta.annotation.security.PermitAll;

import org.citizendialogue.account.AccountService;
import org.citizendialogue.account.PrivacyNotice;
import org.citizendialogue.shared.ui.MainLayout;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.spring.security.AuthenticationContext;

/**
 * Asks a signed-in person to agree to a changed privacy notice before going on (decision 024):
 * agreeing records the version and time and continues to the page they asked for; declining
 * signs them out (their account stays; they can download or delete it after agreeing, or ask
 * the bureau's contact).
 */
@Route(value = PrivacyConsentView.ROUTE, layout = MainLayout.class)
@PermitAll
class PrivacyConsentView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String ROUTE = "privacy-consent";
    static final String CONTINUE = "continue";

    private String next = "";

    PrivacyConsentView(AccountService accounts, AuthenticationContext authentication) {
        addClassName("narrow-page");
        addClassName("privacy-consent");
        var notice = new Anchor("privacy", getTranslation("consent.read"));
        notice.setId("consent-notice-link");
        notice.setTarget("_blank");
        var agree = new Button(getTranslation("consent.agree"), e -> {
            accounts.consentToPrivacyNotice();
            VaadinSession.getCurrent().setAttribute(PrivacyConsentGate.AGREED, PrivacyNotice.VERSION);
            getUI().ifPresent(ui -> ui.navigate(next));
        });
        agree.setId("consent-agree");
        agree.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var decline = new Button(getTranslation("consent.decline"), e -> authentication.logout());
        decline.setId("consent-decline");
        var actions = new Div(agree, decline);
        actions.addClassName("actions");
        add(
                new H1(getTranslation("consent.title")),
                new Paragraph(getTranslation("consent.changed", PrivacyNotice.DATE.toString())),
                notice,
                new Paragraph(getTranslation("consent.decline.help")),
                actions);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var asked = event.getLocation()
                .getQueryParameters()
                .getSingleParameter(CONTINUE)
                .orElse("");
        // only a path of this portal, never another site
        next = asked.startsWith("/") || asked.contains(":") || asked.contains("//") ? "" : asked;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("consent.title") + " · " + getTranslation("app.name");
    }
}
