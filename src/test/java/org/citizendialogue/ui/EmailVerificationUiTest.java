package org.citizendialogue.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Pattern;

import org.citizendialogue.notification.Outbox;
import org.citizendialogue.support.Acting;
import org.citizendialogue.support.Demo;
import org.citizendialogue.support.IntegrationTest;
import org.citizendialogue.support.Residents;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetailsService;

import com.vaadin.browserless.BrowserlessUIContext;
import com.vaadin.browserless.SecuredBrowserlessApplicationContext;
import com.vaadin.browserless.SpringBrowserlessApplicationContext;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;

/**
 * The sign-up page answers the same for a new and an existing address; an unconfirmed resident
 * sees the notice with "Send the link again" on the topic page and on /me, and no question form;
 * the link confirms; the demo outbox page shows the mail to admins and to nobody else.
 */
@IntegrationTest
class EmailVerificationUiTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    UserDetailsService users;

    @Autowired
    Residents residents;

    @Autowired
    Acting acting;

    @Autowired
    Outbox outbox;

    private SecuredBrowserlessApplicationContext<Authentication> app;

    @BeforeEach
    void start() {
        app = SpringBrowserlessApplicationContext.createSecured(context, "org.citizendialogue");
    }

    @AfterEach
    void stop() {
        app.close();
    }

    private BrowserlessUIContext visitor() {
        var window = app.newUser(null).newWindow();
        window.getUI().setLocale(Locale.ENGLISH);
        return window;
    }

    private BrowserlessUIContext window(String email) {
        var user = users.loadUserByUsername(email);
        var window = app.newUser(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()))
                .newWindow();
        window.getUI().setLocale(Locale.ENGLISH);
        return window;
    }

    private static boolean exists(BrowserlessUIContext w, String id) {
        w.activate();
        return w.find(Component.class).withId(id).exists();
    }

    /** Fills the sign-up form and sends it; returns what the page then says. */
    private static String signUp(BrowserlessUIContext w, String email, String name) {
        w.navigate("register", Component.class);
        w.test(w.find(EmailField.class).id("register-email")).setValue(email);
        w.test(w.find(TextField.class).id("register-name")).setValue(name);
        w.test(w.find(PasswordField.class).id("register-password")).setValue("a long enough passphrase");
        w.find(Checkbox.class).id("register-consent").setValue(true);
        w.test(w.find(Button.class).id("register-submit")).click();
        assertThat(w.find(Component.class).all().stream()
                        .filter(HasValidation.class::isInstance)
                        .map(HasValidation.class::cast)
                        .anyMatch(HasValidation::isInvalid))
                .as("no field refused")
                .isFalse();
        return w.find(Paragraph.class).id("register-sent").getText();
    }

    private static void openLink(BrowserlessUIContext w, String token) {
        w.activate();
        w.getUI().navigate("verify-email", QueryParameters.of("token", token));
    }

    @Test
    void the_sign_up_page_answers_the_same_for_a_new_and_an_existing_address() {
        var email = "ui-same-" + System.nanoTime() + "@example.org";
        var forNew = signUp(visitor(), email, "First Person");
        var forExisting = signUp(visitor(), email, "Second Person");
        assertThat(forNew).contains("Open the link").contains(email);
        assertThat(forExisting).isEqualTo(forNew);
        var existingDemo = signUp(visitor(), Demo.RESIDENT, "Third Person");
        assertThat(existingDemo).isEqualTo(forNew.replace(email, Demo.RESIDENT));
    }

    @Test
    void an_unconfirmed_resident_reads_sees_the_notice_sends_the_link_again_and_confirms() {
        var email = residents.registerUnconfirmed("Waiting Wen");
        var w = window(email);
        w.navigate("dialogues/" + Demo.DIALOGUE + "/topics/benchmark-city", Component.class);
        assertThat(exists(w, "verify-email-notice")).isTrue();
        assertThat(exists(w, "ask-text"))
                .as("no question form before confirming")
                .isFalse();
        w.navigate("me", Component.class);
        assertThat(exists(w, "verify-email-notice")).isTrue();
        w.test(w.find(Button.class).id("verify-email-resend")).click();
        assertThat(w.find(Paragraph.class).id("verify-email-resent").getText()).contains("new link is on its way");

        await().atMost(Duration.ofSeconds(10))
                .until(() -> acting.as(Demo.ADMIN, outbox::latest).stream()
                                .filter(m -> m.to().equals(email))
                                .count()
                        >= 2);
        var text = acting.as(Demo.ADMIN, outbox::latest).stream()
                .filter(m -> m.to().equals(email))
                .findFirst()
                .orElseThrow()
                .text();
        var matcher = Pattern.compile("verify-email\\?token=([A-Za-z0-9_-]+)").matcher(text);
        assertThat(matcher.find()).isTrue();

        var opener = visitor();
        openLink(opener, matcher.group(1));
        assertThat(exists(opener, "verify-email-done")
                        && opener.find(Paragraph.class).id("verify-email-done").isVisible())
                .isTrue();
        openLink(opener, matcher.group(1));
        assertThat(opener.find(Paragraph.class).id("verify-email-invalid").isVisible())
                .as("used once")
                .isTrue();

        var again = window(email);
        again.navigate("dialogues/" + Demo.DIALOGUE + "/topics/benchmark-city", Component.class);
        assertThat(exists(again, "verify-email-notice")).isFalse();
        assertThat(exists(again, "ask-text")).isTrue();
    }

    @Test
    void the_outbox_page_shows_the_mails_to_admins_only() {
        var email = residents.registerUnconfirmed("Outbox Ou");
        await().atMost(Duration.ofSeconds(10))
                .until(() -> acting.as(Demo.ADMIN, outbox::latest).stream().anyMatch(m -> m.to().equals(email)));
        var admin = window(Demo.ADMIN);
        admin.navigate("admin/outbox", Component.class);
        assertThat(exists(admin, "outbox-list")).isTrue();
        assertThat(exists(admin, "admin-nav-outbox"))
                .as("in the admin navigation")
                .isTrue();
        assertThat(exists(admin, "outbox-mail-0")).isTrue();
        assertThat(admin.find(Paragraph.class).withTextContaining(email).exists())
                .isTrue();

        var resident = window(Demo.RESIDENT);
        resident.navigate("admin/outbox", Component.class);
        assertThat(exists(resident, "outbox-list")).isFalse();
        var stranger = visitor();
        stranger.navigate("admin/outbox", Component.class);
        assertThat(exists(stranger, "outbox-list")).isFalse();
    }
}
