package org.citizendialogue.account.ui;

import java.util.List;
import java.util.regex.Pattern;

import jakarta.annotation.security.PermitAll;

import org.citizendialogue.account.SecondFactors;
import org.citizendialogue.shared.CurrentUser;
import org.citizendialogue.shared.DomainException;
import org.citizendialogue.shared.ui.MainLayout;
import org.citizendialogue.shared.ui.Refusals;
import org.springframework.beans.factory.annotation.Value;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;

/**
 * The second step of sign-in (decision 023). With a factor enrolled: a code from the
 * authenticator app or a recovery code. Without: enrolment (QR code and key, a first code to
 * confirm), then the recovery codes, shown once. Success opens the page the person was going to.
 */
@Route(value = SecondFactorView.ROUTE, layout = MainLayout.class)
@PermitAll
public class SecondFactorView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    public static final String ROUTE = "second-factor";
    /** The query parameter naming where to go afterwards (a path of this portal). */
    public static final String CONTINUE = "continue";

    private static final Pattern LOCAL_PATH = Pattern.compile("[A-Za-z0-9/_.%?=&-]{0,300}");

    private final SecondFactors factors;
    private final AuthenticationContext authentication;
    private final boolean demoMode;
    private final TextField code = new TextField();
    private final Div body = new Div();
    private String continueTo = "";

    SecondFactorView(
            SecondFactors factors,
            AuthenticationContext authentication,
            @Value("${dialogue.demo.enabled:false}") boolean demoMode) {
        this.factors = factors;
        this.authentication = authentication;
        this.demoMode = demoMode;
        addClassName("narrow-page");
        setId("mfa-page");
        code.setId("mfa-code");
        code.setLabel(getTranslation("mfa.code"));
        code.getElement().setAttribute("autocomplete", "one-time-code");
        code.setMaxLength(40);
        code.setWidthFull();
        body.setWidthFull();
        var signOut = new Button(getTranslation("mfa.sign-out"), e -> authentication.logout());
        signOut.setId("mfa-sign-out");
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(new H1(getTranslation("mfa.title")), body, signOut);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var target = event.getLocation()
                .getQueryParameters()
                .getSingleParameter(CONTINUE)
                .orElse("");
        continueTo =
                LOCAL_PATH.matcher(target).matches() && !target.contains("//") && !target.contains("..") ? target : "";
        if (factors.enrolled()) {
            showVerify();
        } else {
            showEnrolment();
        }
    }

    private void showVerify() {
        body.removeAll();
        var verify = new Button(getTranslation("mfa.verify"), e -> verify());
        verify.setId("mfa-verify");
        verify.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        verify.addClickShortcut(Key.ENTER);
        body.add(
                new Paragraph(
                        getTranslation(CurrentUser.secondFactorPending() ? "mfa.verify.intro" : "mfa.verify.again")),
                code,
                verify);
        factors.demoCode().ifPresent(demo -> body.add(demoNote(demo)));
        code.focus();
    }

    private void showEnrolment() {
        body.removeAll();
        var enrolment = factors.startEnrolment();
        var qr = new Image(enrolment.qrCode(), getTranslation("mfa.enrol.qr-alt"));
        qr.setId("mfa-qr");
        qr.addClassName("mfa-qr");
        var secret = new Span(grouped(enrolment.secret()));
        secret.setId("mfa-secret");
        secret.addClassName("mfa-secret");
        secret.getElement().setAttribute("translate", "no");
        var confirm = new Button(getTranslation("mfa.enrol.confirm"), e -> confirm());
        confirm.setId("mfa-enrol-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClickShortcut(Key.ENTER);
        body.add(
                new Paragraph(getTranslation(factors.optional() ? "mfa.enrol.intro.chosen" : "mfa.enrol.intro")),
                new Paragraph(getTranslation("mfa.enrol.scan")),
                qr,
                new Paragraph(new Span(getTranslation("mfa.enrol.key") + " "), secret),
                code,
                confirm);
    }

    private void verify() {
        try {
            factors.verify(code.getValue());
            proceed();
        } catch (DomainException refused) {
            refuse(refused);
        }
    }

    private void confirm() {
        try {
            showRecoveryCodes(factors.confirmEnrolment(code.getValue()));
        } catch (DomainException refused) {
            refuse(refused);
        }
    }

    private void showRecoveryCodes(List<String> codes) {
        body.removeAll();
        var list = new OrderedList();
        list.setId("mfa-recovery-codes");
        list.addClassName("mfa-recovery-codes");
        list.getElement().setAttribute("translate", "no");
        codes.forEach(c -> list.add(new ListItem(c)));
        var done = new Button(getTranslation("mfa.recovery.done"), e -> proceed());
        done.setId("mfa-continue");
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var saved = new Paragraph(getTranslation("mfa.enrol.done"));
        saved.addClassName("notice-success");
        saved.getElement().setAttribute("role", "status");
        body.add(
                saved,
                new H2(getTranslation("mfa.recovery.title")),
                new Paragraph(getTranslation("mfa.recovery.intro")),
                list,
                done);
    }

    /** Clears the wrong code first (clearing validates the field again), then shows why. */
    private void refuse(DomainException refused) {
        code.clear();
        code.setErrorMessage(Refusals.text(refused));
        code.setInvalid(true);
        code.focus();
    }

    /** A full page load, so that menus and views are built with the roles now in force. */
    private void proceed() {
        UI.getCurrent().getPage().setLocation(continueTo.isEmpty() || continueTo.startsWith(ROUTE) ? "./" : continueTo);
    }

    private Paragraph demoNote(String demo) {
        var note = new Paragraph(getTranslation("mfa.demo", demo));
        note.setId("mfa-demo-code");
        note.addClassName("demo-accounts");
        return note;
    }

    private static String grouped(String secret) {
        return secret.replaceAll("(.{4})(?!$)", "$1 ");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("mfa.title") + " · " + getTranslation("app.name");
    }
}
