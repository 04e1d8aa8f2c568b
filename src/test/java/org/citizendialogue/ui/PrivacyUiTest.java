package org.citizendialogue.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.citizendialogue.account.PrivacyNotice;
import org.citizendialogue.support.Demo;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;

/**
 * The privacy notice says the truth in both languages (contact, retention periods from the
 * settings, the version's date); a changed notice is agreed to again at the next visit; the
 * e-mail choice at sign-up is its own consent; "Delete my account" on /me asks for the password
 * and refuses a wrong one at its field.
 */
class PrivacyUiTest extends BrowserlessUiTest {

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void signOut() {
        acting.clear();
    }

    private String sectionText(String id) {
        return byId(Section.class, id).getElement().getTextRecursively();
    }

    @Test
    void the_notice_names_the_contact_the_retention_periods_and_its_date_in_both_languages() {
        navigate("privacy", Component.class);
        assertThat(byId(Paragraph.class, "privacy-version").getText()).contains("2026");
        assertThat(byId(Anchor.class, "privacy-contact").getHref()).startsWith("mailto:");
        assertThat(sectionText("privacy-retention")).contains("7 days", "180 days", "183 days", "in memory only");
        assertThat(sectionText("privacy-public")).contains("Never public", "e-mail address");
        assertThat(byId(Anchor.class, "privacy-rights-delete").getHref()).isEqualTo("me#delete-account");

        UI.getCurrent().setLocale(Locale.SIMPLIFIED_CHINESE);
        navigate("login", Component.class);
        navigate("privacy", Component.class);
        assertThat(sectionText("privacy-controller")).contains("北京市经济和信息化局");
        assertThat(sectionText("privacy-retention")).contains("7 天", "180 天", "183 天");
    }

    @Test
    void a_person_who_agreed_to_an_older_notice_is_asked_again_and_the_agreement_is_recorded() {
        var email = newResident();
        jdbc.sql("UPDATE account SET privacy_notice_version = '2026-01' WHERE email = ?")
                .param(email)
                .update();
        signInAs(email);
        navigate("me", Component.class);
        assertThat(exists("consent-agree")).as("asked before /me opens").isTrue();
        assertThat(exists("delete-account")).isFalse();

        test(byId(Button.class, "consent-agree")).click();

        assertThat(jdbc.sql("SELECT privacy_notice_version FROM account WHERE email = ?")
                        .param(email)
                        .query(String.class)
                        .single())
                .isEqualTo(PrivacyNotice.VERSION);
        assertThat(exists("delete-account")).as("on to the page asked for").isTrue();
    }

    @Test
    void email_notifications_are_off_unless_ticked_at_sign_up() {
        for (var ticked : new boolean[] {false, true}) {
            var email = "consent-" + ticked + "-" + System.nanoTime() + "@example.org";
            navigate("login", Component.class);
            navigate("register", Component.class);
            test(byId(EmailField.class, "register-email")).setValue(email);
            test(byId(TextField.class, "register-name")).setValue("Mail Choice");
            test(byId(PasswordField.class, "register-password")).setValue("a long enough passphrase");
            byId(Checkbox.class, "register-consent").setValue(true);
            byId(Checkbox.class, "register-email-notifications").setValue(ticked);
            test(byId(Button.class, "register-submit")).click();
            assertThat(jdbc.sql(
                                    "SELECT m.setting FROM mail_setting m JOIN account a ON a.id = m.account_id WHERE a.email = ?")
                            .param(email)
                            .query(String.class)
                            .single())
                    .isEqualTo(ticked ? "ALL" : "NONE");
        }
    }

    @Test
    void delete_my_account_refuses_a_wrong_password_at_its_field_then_deletes() {
        var email = newResident();
        signInAs(email);
        navigate("me", Component.class);
        test(byId(Button.class, "delete-account-open")).click();
        test(byId(PasswordField.class, "delete-account-password")).setValue("not the password");
        test(byId(Button.class, "delete-account-confirm")).click();
        var password = byId(PasswordField.class, "delete-account-password");
        assertThat(password.isInvalid()).isTrue();
        assertThat(password.getErrorMessage()).contains("not right");

        test(password).setValue("a long enough passphrase");
        try {
            test(byId(Button.class, "delete-account-confirm")).click();
        } catch (IllegalStateException signedOut) {
            // the sign-out that follows invalidates the mocked HTTP session, which the mock then refuses to touch
            assertThat(signedOut).hasMessageContaining("invalidated");
        }

        assertThat(jdbc.sql("SELECT COUNT(*) FROM account WHERE email = ?")
                        .param(email)
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void back_office_accounts_are_told_why_they_cannot_delete_themselves() {
        signInAs(Demo.MODERATOR);
        navigate("me", Component.class);
        assertThat(exists("delete-account")).isTrue();
        assertThat(exists("delete-account-open")).isFalse();
    }

    @Test
    void an_admin_sees_addresses_masked_each_full_reading_is_audited_and_deletes_on_request() {
        var email = newResident();
        long id = residents.idOf(email);
        signInAs(Demo.ADMIN);
        navigate("admin/accounts", Component.class);
        test(byId(TextField.class, "account-search")).setValue(email);
        test(byId(Button.class, "account-search-submit")).click();
        var shown = byId(Span.class, "account-email-" + id);
        assertThat(shown.getText()).isEqualTo("u•••@example.org");

        test(byId(Button.class, "account-email-show-" + id)).click();

        assertThat(shown.getText()).isEqualTo(email);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = 'EMAIL_VIEWED' AND target_id = ?")
                        .param(id)
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);

        test(byId(Button.class, "account-delete-" + id)).click();
        test(byId(TextField.class, "account-delete-note")).setValue("Letter of 1 December");
        test(byId(Button.class, "account-delete-confirm")).click();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM account WHERE id = ? AND email IS NULL AND erased_at IS NOT NULL")
                        .param(id)
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
        test(byId(TextField.class, "account-search")).setValue(Demo.MODERATOR);
        test(byId(Button.class, "account-search-submit")).click();
        long moderator = residents.idOf(Demo.MODERATOR);
        assertThat(exists("account-row-" + moderator)).isTrue();
        assertThat(exists("account-delete-" + moderator))
                .as("never offered for back-office accounts")
                .isFalse();
    }
}
