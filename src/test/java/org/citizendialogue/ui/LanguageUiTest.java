package org.citizendialogue.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.citizendialogue.support.Demo;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.textfield.TextField;

/** The switch changes the language at once; every main view then speaks Simplified Chinese. */
class LanguageUiTest extends BrowserlessUiTest {

    private String h1() {
        return $(H1.class).first().getText();
    }

    private boolean h2(String text) {
        return $(H2.class).withText(text).exists();
    }

    private void switchLanguage() {
        test($(Button.class).id("locale-switch")).click();
    }

    @Test
    void the_switch_turns_the_public_views_into_chinese_and_back() {
        navigate("", Component.class);
        assertThat(h1()).isEqualTo("Citizen Dialogue");
        assertThat($(Button.class).id("locale-switch").getText()).isEqualTo("中文");
        switchLanguage();
        assertThat(UI.getCurrent().getLocale()).isEqualTo(Locale.SIMPLIFIED_CHINESE);

        // (navigating to the route already shown keeps its view: go elsewhere first)
        navigate("dialogues/" + Demo.DIALOGUE, Component.class);
        assertThat(h2("话题")).isTrue();
        assertThat($(Button.class).id("locale-switch").getText()).isEqualTo("English");
        navigate("", Component.class);
        assertThat(h1()).isEqualTo("市民对话");
        navigate(TOPIC_PATH, Component.class);
        assertThat(h2("提出问题")).isTrue();
        assertThat(h2("问题")).isTrue();
        navigate("login", Component.class);
        assertThat(h1()).isEqualTo("登录");
        navigate("register", Component.class);
        assertThat(h1()).isEqualTo("注册");
        assertThat(pageShows("显示在您的问题和评论旁")
                        || $(TextField.class)
                                .id("register-name")
                                .getHelperText()
                                .equals("显示在您的问题和评论旁"))
                .isTrue();

        switchLanguage();
        navigate("", Component.class);
        assertThat(h1()).isEqualTo("Citizen Dialogue");
        assertThat($(Button.class).id("locale-switch").getText()).isEqualTo("中文");
    }

    @Test
    void user_content_stays_in_its_own_language_while_the_ui_is_chinese() {
        UI.getCurrent().setLocale(Locale.SIMPLIFIED_CHINESE);
        navigate("questions/3", Component.class);
        assertThat(h1()).isEqualTo("问题 3");
        assertThat(pageShows("5G")).isTrue();
    }

    @Test
    @WithUserDetails(Demo.MODERATOR)
    void back_office_views_speak_chinese_too() {
        UI.getCurrent().setLocale(Locale.SIMPLIFIED_CHINESE);
        navigate("moderation", Component.class);
        assertThat(h1()).isEqualTo("审核队列");
        navigate("me", Component.class);
        assertThat(h1()).isEqualTo("我的提交");
        UI.getCurrent().setLocale(Locale.ENGLISH);
    }

    @Test
    void a_signed_in_persons_choice_is_remembered_in_their_account() {
        var email = newResident();
        acting.run(email, () -> assertThat(accounts.preferredLocale()).isEmpty());
        acting.run(email, () -> accounts.rememberLocale(Locale.SIMPLIFIED_CHINESE));
        acting.run(email, () -> assertThat(accounts.preferredLocale()).contains(Locale.SIMPLIFIED_CHINESE));
    }
}
