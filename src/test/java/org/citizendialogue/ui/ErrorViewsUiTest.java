package org.citizendialogue.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLTransientConnectionException;
import java.util.Locale;

import org.citizendialogue.shared.ui.PageNotFoundView;
import org.citizendialogue.shared.ui.ServerErrorView;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.CannotGetJdbcConnectionException;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.ErrorParameter;

/** The portal's error views in both languages: friendly words, never an exception's name or text. */
class ErrorViewsUiTest extends BrowserlessUiTest {

    @Test
    void an_unknown_question_shows_the_not_found_page_in_english_and_chinese() {
        navigate("questions/999999", PageNotFoundView.class);
        assertThat(text())
                .contains("Page not found")
                .doesNotContain("Exception")
                .doesNotContain("NotFound");
        UI.getCurrent().setLocale(Locale.SIMPLIFIED_CHINESE);
        navigate("dialogues/no-such-programme", PageNotFoundView.class);
        assertThat(text()).contains("页面未找到").doesNotContain("Exception");
    }

    @Test
    void an_unexpected_failure_shows_an_error_id_and_no_exception_text_in_either_language() {
        for (var locale : new Locale[] {Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE}) {
            UI.getCurrent().setLocale(locale);
            var view = new ServerErrorView();
            int status = view.setErrorParameter(
                    null,
                    new ErrorParameter<>(
                            Exception.class,
                            new IllegalStateException("java.sql.SQLSyntaxErrorException: secret table name")));
            var shown = view.getElement().getTextRecursively();
            assertThat(status).isEqualTo(500);
            assertThat(shown)
                    .as(locale.toString())
                    .doesNotContain("Exception")
                    .doesNotContain("secret")
                    .containsPattern("[a-z2-9]{8}");
        }
    }

    @Test
    void an_unreachable_database_is_a_503_with_try_again_in_a_minute_in_either_language() {
        var outage = new CannotGetJdbcConnectionException(
                "Failed to obtain JDBC Connection",
                new SQLTransientConnectionException("HikariPool-1 - Connection is not available"));
        UI.getCurrent().setLocale(Locale.ENGLISH);
        var view = new ServerErrorView();
        assertThat(view.setErrorParameter(null, new ErrorParameter<>(Exception.class, outage)))
                .isEqualTo(503);
        assertThat(view.getElement().getTextRecursively())
                .contains("cannot reach its database")
                .contains("try again in a minute")
                .doesNotContain("Exception")
                .doesNotContain("Hikari");
        UI.getCurrent().setLocale(Locale.SIMPLIFIED_CHINESE);
        var chinese = new ServerErrorView();
        assertThat(chinese.setErrorParameter(null, new ErrorParameter<>(Exception.class, outage)))
                .isEqualTo(503);
        assertThat(chinese.getElement().getTextRecursively())
                .contains("无法连接数据库")
                .doesNotContain("Exception");
    }

    private String text() {
        return getCurrentView().getElement().getTextRecursively();
    }
}
