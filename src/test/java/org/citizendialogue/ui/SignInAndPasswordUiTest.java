package org.citizendialogue.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Locale;
import java.util.Map;

import org.citizendialogue.account.ui.LoginView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinSession;

/**
 * A common password is refused at the field, in both languages; the sign-in page shows the
 * "try again at" notice only for a refusal this session really met, never for a crafted link.
 */
class SignInAndPasswordUiTest extends BrowserlessUiTest {

    @Autowired
    PasswordEncoder passwords;

    @Autowired
    JdbcClient jdbc;

    private void register(String password) {
        test(byId(EmailField.class, "register-email")).setValue("ui-pw-" + System.nanoTime() + "@example.org");
        test(byId(TextField.class, "register-name")).setValue("Wang Fang");
        test(byId(PasswordField.class, "register-password")).setValue(password);
        byId(Checkbox.class, "register-consent").setValue(true);
        test(byId(Button.class, "register-submit")).click();
    }

    @Test
    void a_common_or_portal_password_is_refused_at_the_field_in_english_and_chinese() {
        navigate("register", Component.class);
        register("password1234");
        var field = byId(PasswordField.class, "register-password");
        assertThat(field.isInvalid()).isTrue();
        assertThat(field.getErrorMessage()).contains("too easy to guess").contains("common password");
        assertThat(field.getValue()).as("kept").isEqualTo("password1234");

        UI.getCurrent().setLocale(Locale.SIMPLIFIED_CHINESE);
        navigate("register", Component.class);
        register("dialogue-demo1");
        field = byId(PasswordField.class, "register-password");
        assertThat(field.isInvalid()).isTrue();
        assertThat(field.getErrorMessage()).contains("太容易被猜到").contains("常见密码");
    }

    private static void toLogin(String limited) {
        UI.getCurrent().navigate("login", QueryParameters.simple(Map.of("limited", limited)));
    }

    @Test
    void a_crafted_limited_link_shows_no_notice() {
        toLogin("4102444800");
        assertThat(exists("login-limited")).isFalse();
        toLogin("<b>oops</b>");
        assertThat(exists("login-limited")).isFalse();
        toLogin("");
        assertThat(exists("login-limited")).as("no refusal in this session").isFalse();
    }

    @Test
    void a_refusal_met_in_this_session_shows_when_to_try_again() {
        VaadinSession.getCurrent()
                .getSession()
                .setAttribute(LoginView.RETRY_AT_ATTRIBUTE, Instant.now().plusSeconds(90));
        try {
            toLogin("");
            var notice = byId(Paragraph.class, "login-limited");
            assertThat(notice.isVisible()).isTrue();
            assertThat(notice.getText()).matches("(?s).*\\d{1,2}:\\d{2}.*");
            navigate("login", Component.class);
            assertThat(exists("login-limited")).as("only with ?limited").isFalse();
        } finally {
            VaadinSession.getCurrent().getSession().removeAttribute(LoginView.RETRY_AT_ATTRIBUTE);
        }
    }

    @Test
    void a_resident_changes_the_password_on_their_own_page_and_a_wrong_current_one_is_said_at_its_field() {
        var email = newResident();
        acting.run(email, () -> {
            navigate("me", Component.class);
            test(byId(PasswordField.class, "password-current")).setValue("not the current one");
            test(byId(PasswordField.class, "password-new")).setValue("lanterns over the houhai lake");
            test(byId(Button.class, "password-change-submit")).click();
            assertThat(byId(PasswordField.class, "password-current").isInvalid())
                    .isTrue();
            assertThat(byId(PasswordField.class, "password-current").getErrorMessage())
                    .contains("not your current password");

            test(byId(PasswordField.class, "password-current")).setValue("a long enough passphrase");
            test(byId(PasswordField.class, "password-new")).setValue("password1234");
            test(byId(Button.class, "password-change-submit")).click();
            assertThat(byId(PasswordField.class, "password-new").isInvalid()).isTrue();
            assertThat(byId(PasswordField.class, "password-new").getErrorMessage())
                    .contains("too easy to guess");

            test(byId(PasswordField.class, "password-new")).setValue("lanterns over the houhai lake");
            test(byId(Button.class, "password-change-submit")).click();
            assertThat(byId(PasswordField.class, "password-current").getValue())
                    .as("cleared")
                    .isEmpty();
            assertThat(byId(PasswordField.class, "password-new").isInvalid()).isFalse();
        });
        assertThat(passwords.matches(
                        "lanterns over the houhai lake",
                        jdbc.sql("SELECT password_hash FROM account WHERE email = ?")
                                .param(email)
                                .query(String.class)
                                .single()))
                .isTrue();
    }

    @Test
    void forgot_password_answers_the_same_for_a_known_and_an_unknown_address() {
        navigate("login", Component.class);
        assertThat(exists("login-forgot")).isTrue();
        navigate("forgot-password", Component.class);
        test(byId(EmailField.class, "forgot-email")).setValue("nobody-" + System.nanoTime() + "@example.org");
        test(byId(Button.class, "forgot-submit")).click();
        var unknownAnswer = byId(Paragraph.class, "forgot-sent").getText();

        navigate("forgot-password", Component.class);
        test(byId(EmailField.class, "forgot-email")).setValue(newResident());
        test(byId(Button.class, "forgot-submit")).click();
        assertThat(byId(Paragraph.class, "forgot-sent").getText())
                .isEqualTo(unknownAnswer)
                .contains("If an account");
    }

    @Test
    void a_made_up_reset_link_says_it_cannot_be_used_and_offers_a_new_one() {
        UI.getCurrent().navigate("reset-password", QueryParameters.simple(Map.of("token", "made-up")));
        assertThat(exists("reset-invalid")).isTrue();
        assertThat(exists("reset-ask-again")).isTrue();
        assertThat(exists("reset-password")).isFalse();
    }
}
