package org.citizendialogue.ui;

import java.util.Locale;

import org.citizendialogue.account.AccountService;
import org.citizendialogue.account.RegistrationDraft;
import org.citizendialogue.account.ui.LoginView;
import org.citizendialogue.support.Acting;
import org.citizendialogue.support.Demo;
import org.citizendialogue.support.IntegrationTest;
import org.citizendialogue.support.Residents;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.userdetails.UserDetailsService;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

/** Base of the browserless UI tests: the whole application, its real database and security. */
@IntegrationTest
@ViewPackages(packages = "org.citizendialogue")
abstract class BrowserlessUiTest extends SpringBrowserlessTest {

    static final String TOPIC_PATH = "dialogues/" + Demo.DIALOGUE + "/topics/benchmark-city";

    @Autowired
    Acting acting;

    @Autowired
    AccountService accounts;

    @Autowired
    Residents residents;

    @Autowired
    UserDetailsService users;

    @BeforeEach
    void english() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
    }

    String newResident() {
        var email = "ui-" + System.nanoTime() + "@example.org";
        accounts.register(new RegistrationDraft(email, "UI Resident", "a long enough passphrase", true));
        residents.confirm(email);
        return email;
    }

    /** Signs the window in as this account (until {@link Acting#clear}). */
    void signInAs(String email) {
        var user = users.loadUserByUsername(email);
        var context = acting.strategy().createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        acting.setContext(context);
    }

    boolean exists(String id) {
        return $(Component.class).withId(id).exists();
    }

    <T extends Component> T byId(Class<T> type, String id) {
        return $(type).id(id);
    }

    boolean pageShows(String text) {
        return $(Paragraph.class).withTextContaining(text).exists()
                || $(Span.class).withTextContaining(text).exists();
    }

    boolean onLoginView() {
        return getCurrentView() instanceof LoginView;
    }
}
