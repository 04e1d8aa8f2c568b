package org.citizendialogue.account.ui;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import org.citizendialogue.shared.ui.MainLayout;
import org.citizendialogue.shared.ui.TimeFormat;
import org.springframework.beans.factory.annotation.Value;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** Sign in. In demo mode it lists the demo accounts, one per role. */
@Route(value = "login", layout = MainLayout.class)
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle, LocaleChangeObserver {

    static final String DEMO_PASSWORD = "dialogue-demo";
    /** The session attribute in which the sign-in throttle leaves when to try again (an Instant). */
    public static final String RETRY_AT_ATTRIBUTE = "dialogue.sign-in.retry-at";

    private static final String[] DEMO_ACCOUNTS = {
        "resident@example.org", "moderator@example.org", "staff@example.org", "admin@example.org"
    };

    private final LoginForm form = new LoginForm();
    private final Paragraph registered = new Paragraph();
    private final Div demo = new Div();
    private final boolean demoMode;
    private final H1 heading = new H1();
    private final Paragraph limited = new Paragraph();
    private final TimeFormat time;
    private Instant limitedUntil;
    private String registeredKey = "login.registered";
    private final Anchor forgot = new Anchor("forgot-password");

    private final Clock clock;

    LoginView(@Value("${dialogue.demo.enabled:false}") boolean demoMode, TimeFormat time, Clock clock) {
        this.demoMode = demoMode;
        this.clock = clock;
        this.time = time;
        addClassName("narrow-page");
        setAlignItems(Alignment.CENTER);
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        registered.addClassName("notice-success");
        registered.setVisible(false);
        registered.getElement().setAttribute("role", "status");
        limited.setId("login-limited");
        limited.addClassName("notice-error");
        limited.getElement().setAttribute("role", "alert");
        limited.setVisible(false);
        var toRegister = new Div();
        toRegister.setId("login-register-hint");
        demo.addClassName("demo-accounts");
        forgot.setId("login-forgot");
        add(heading, registered, limited, form, forgot, toRegister, demo);
        localize();
    }

    private void localize() {
        heading.setText(getTranslation("login.title"));
        var i18n = LoginI18n.createDefault();
        var formI18n = i18n.getForm();
        formI18n.setTitle(getTranslation("login.title"));
        formI18n.setUsername(getTranslation("login.email"));
        formI18n.setPassword(getTranslation("login.password"));
        formI18n.setSubmit(getTranslation("login.submit"));
        var error = i18n.getErrorMessage();
        error.setTitle(getTranslation("login.error.title"));
        error.setMessage(getTranslation("login.error.message"));
        form.setI18n(i18n);
        registered.setText(getTranslation(registeredKey));
        forgot.setText(getTranslation("login.forgot"));
        limited.setText(
                limitedUntil == null ? "" : getTranslation("login.limited", time.time(limitedUntil, getLocale())));
        getChildren()
                .filter(c -> c.getId().filter("login-register-hint"::equals).isPresent())
                .findFirst()
                .map(Div.class::cast)
                .ifPresent(hint -> {
                    hint.removeAll();
                    hint.add(
                            new Span(getTranslation("login.no-account") + " "),
                            new Anchor("register", getTranslation("nav.register")));
                });
        demo.removeAll();
        demo.setVisible(demoMode);
        if (demoMode) {
            var list = new UnorderedList();
            for (var email : DEMO_ACCOUNTS) {
                list.add(new ListItem(email));
            }
            demo.add(
                    new H2(getTranslation("login.demo.title")),
                    new Paragraph(getTranslation("login.demo.text", DEMO_PASSWORD)),
                    list);
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var params = event.getLocation().getQueryParameters().getParameters();
        form.setError(params.containsKey("error"));
        registered.setVisible(params.containsKey("registered") || params.containsKey("reset"));
        registeredKey = params.containsKey("reset") ? "login.reset-done" : "login.registered";
        // only a refusal this session really met shows a time: a crafted ?limited=… shows nothing
        limitedUntil = params.containsKey("limited") ? retryAtOfThisSession().orElse(null) : null;
        limited.setVisible(limitedUntil != null);
        localize();
    }

    private Optional<Instant> retryAtOfThisSession() {
        var session = VaadinSession.getCurrent();
        if (session == null || session.getSession() == null) {
            return Optional.empty();
        }
        return session.getSession().getAttribute(RETRY_AT_ATTRIBUTE) instanceof Instant at
                        && at.isAfter(clock.instant())
                ? Optional.of(at)
                : Optional.empty();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title") + " · " + getTranslation("app.name");
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        localize();
    }
}
