package org.citizendialogue.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Locale;

import org.citizendialogue.account.ui.LoginView;
import org.junit.jupiter.api.Test;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.VaadinSession;

/**
 * A common password is refused at the field, in both languages; the sign-in page shows the
 * "try again at" notice only for a refusal this session really met, never for a crafted link.
 */
class SignInAndPasswordUiTest extends BrowserlessUiTest {

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

    @Test
    void a_crafted_limited_link_shows_no_notice() {
        navigate("login?limited=4102444800", Component.class);
        assertThat(byId(Paragraph.class, "login-limited").isVisible()).isFalse();
        navigate("login?limited=" + "%3Cb%3Eoops%3C%2Fb%3E", Component.class);
        assertThat(byId(Paragraph.class, "login-limited").isVisible()).isFalse();
        navigate("login?limited", Component.class);
        assertThat(byId(Paragraph.class, "login-limited").isVisible()).as("no refusal in this session").isFalse();
    }

    @Test
    void a_refusal_met_in_this_session_shows_when_to_try_again() {
        VaadinSession.getCurrent().getSession().setAttribute(LoginView.RETRY_AT_ATTRIBUTE, Instant.now().plusSeconds(90));
        try {
            navigate("login?limited", Component.class);
            var notice = byId(Paragraph.class, "login-limited");
            assertThat(notice.isVisible()).isTrue();
            assertThat(notice.getText()).matches("(?s).*\\d{1,2}:\\d{2}.*");
            navigate("login", Component.class);
            assertThat(byId(Paragraph.class, "login-limited").isVisible()).as("only with ?limited").isFalse();
        } finally {
            VaadinSession.getCurrent().getSession().removeAttribute(LoginView.RETRY_AT_ATTRIBUTE);
        }
    }
}
