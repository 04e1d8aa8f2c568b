package org.citizendialogue.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Locale;

import org.citizendialogue.account.AccountAdmin;
import org.citizendialogue.account.AccountRow;
import org.citizendialogue.answer.ProgrammeStaffAdmin;
import org.citizendialogue.programme.ProgrammeAdmin;
import org.citizendialogue.programme.ProgrammeService;
import org.citizendialogue.programme.ProgrammeStatus;
import org.citizendialogue.programme.TopicSummary;
import org.citizendialogue.shared.Bilingual;
import org.citizendialogue.shared.Roles;
import org.citizendialogue.support.Demo;
import org.citizendialogue.support.Residents;
import org.citizendialogue.support.Words;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

/** The admin screens through the views: the programme form, topics, accounts, and who may open them. */
class AdminUiTest extends BrowserlessUiTest {

    @Autowired
    ProgrammeAdmin programmes;

    @Autowired
    ProgrammeService programmeService;

    @Autowired
    AccountAdmin accountAdmin;

    @Autowired
    Residents residents;

    @Autowired
    ProgrammeStaffAdmin staffAdmin;

    private void type(String id, String text) {
        test(byId(TextField.class, id)).setValue(text);
    }

    private void addTopic(String titleZh, String titleEn, String slug) {
        type("topic-title-zh", titleZh);
        type("topic-title-en", titleEn);
        type("topic-slug", slug);
        test(byId(TextArea.class, "topic-summary-zh")).setValue(titleZh + "：摘要");
        if (!titleEn.isEmpty()) {
            test(byId(TextArea.class, "topic-summary-en")).setValue(titleEn + ": summary");
        }
        test(byId(Button.class, "topic-save")).click();
    }

    @Test
    @WithUserDetails(Demo.ADMIN)
    @SuppressWarnings("unchecked")
    void admin_creates_a_programme_with_two_topics_through_the_form_and_opens_it() {
        var slug = "ui-programme-" + System.nanoTime();
        var title = "AI for older residents " + slug;
        var titleZh = "人工智能适老化 " + slug;
        navigate("admin/programmes", Component.class);
        assertThat(exists("admin-nav-programmes")).isTrue();
        assertThat(exists("admin-nav-stats")).isTrue();
        navigate("admin/programmes/new", Component.class);
        assertThat(byId(TextField.class, "programme-title-zh").getLabel())
                .as("each field names its language")
                .isEqualTo("Title (Chinese)");
        assertThat(byId(TextField.class, "programme-title-en").getLabel()).isEqualTo("Title (English)");
        type("programme-title-en", title);
        type("programme-slug", slug);
        type("programme-guest-name-en", "Jiang Guangzhi");
        type("programme-guest-title-en", "Director");
        test((ComboBox<String>) byId(ComboBox.class, "programme-bureau-en")).selectItem(Demo.BUREAU);
        test(byId(TextArea.class, "programme-summary-en")).setValue("How AI services reach older residents.");
        type("programme-title-zh", titleZh);
        byId(DateTimePicker.class, "programme-starts-at").setValue(LocalDateTime.of(2026, 4, 2, 19, 30));
        test(byId(Button.class, "programme-save")).click();
        assertThat(byId(TextField.class, "programme-guest-name-zh").isInvalid())
                .as("a Chinese version was started: it needs its guest name too")
                .isTrue();
        type("programme-guest-name-zh", "姜广智");
        type("programme-guest-title-zh", "局长");
        test((ComboBox<String>) byId(ComboBox.class, "programme-bureau-zh")).selectItem(Demo.BUREAU_ZH);
        test(byId(TextArea.class, "programme-summary-zh")).setValue("人工智能服务如何惠及老年居民。");
        byId(DateTimePicker.class, "programme-starts-at").setValue(LocalDateTime.of(2026, 4, 2, 19, 30));
        type("programme-livestream", "javascript:alert(1)");
        test(byId(Button.class, "programme-save")).click();
        assertThat(byId(TextField.class, "programme-livestream").isInvalid())
                .as("bad scheme, at the field")
                .isTrue();
        assertThat(byId(TextField.class, "programme-title-en").getValue())
                .as("nothing typed is lost")
                .isEqualTo(title);
        type("programme-livestream", "https://live.example.org/" + slug);
        type("programme-slug", Demo.DIALOGUE);
        test(byId(Button.class, "programme-save")).click();
        assertThat(byId(TextField.class, "programme-slug").isInvalid())
                .as("taken slug, at the field")
                .isTrue();
        type("programme-slug", slug);
        test(byId(Button.class, "programme-save")).click();

        assertThat(exists("topic-title-zh")).as("on the edit page now").isTrue();
        assertThat(exists("topic-title-zh") && exists("topic-title-en")).isTrue();
        addTopic("智慧养老", "Smart elderly care", "elderly-care");
        addTopic("数字技能", "", "digital-skills");
        addTopic("重复", "Duplicate", "digital-skills");
        assertThat(byId(TextField.class, "topic-slug").isInvalid()).isTrue();
        assertThat(exists("topic-cancel")).as("adding, not editing").isFalse();

        var id = programmes.programmes().stream()
                .filter(p -> p.slug().equals(slug))
                .findFirst()
                .orElseThrow()
                .id();
        var topics = programmes.programme(id).orElseThrow().topics();
        assertThat(topics).extracting(TopicSummary::slug).containsExactly("elderly-care", "digital-skills");
        assertThat(programmes.programme(id).orElseThrow().draft().startsAt())
                .as("entered in Asia/Shanghai")
                .isEqualTo(Instant.parse("2026-04-02T11:30:00Z"));
        test(byId(Button.class, "topic-down-" + topics.get(0).id())).click();
        assertThat(programmes.programme(id).orElseThrow().topics())
                .extracting(TopicSummary::slug)
                .containsExactly("digital-skills", "elderly-care");
        assertThat(byId(Button.class, "topic-up-" + topics.get(1).id()).isEnabled())
                .as("first: cannot move up")
                .isFalse();

        assertThat(exists("programme-staff-list")).isTrue();
        test(byId(Button.class, "staff-assign")).click();
        assertThat(byId(ComboBox.class, "staff-candidate").isInvalid())
                .as("nothing chosen, said at the field")
                .isTrue();
        var staffMember = accountAdmin.withRole(Roles.STAFF).stream()
                .filter(a -> a.email().equals(AccountRow.mask(Demo.STAFF)))
                .findFirst()
                .orElseThrow();
        test((ComboBox<AccountRow>) byId(ComboBox.class, "staff-candidate"))
                .selectItem(staffMember.displayName() + " · " + staffMember.email());
        test(byId(Button.class, "staff-assign")).click();
        assertThat(staffAdmin.staffOf(id)).containsExactly(staffMember.id());
        test(byId(Button.class, "staff-remove-" + staffMember.id())).click();
        assertThat(staffAdmin.staffOf(id)).isEmpty();

        test(byId(Button.class, "programme-status-open")).click();
        assertThat(programmeService.status(id)).contains(ProgrammeStatus.OPEN);
        assertThat(exists("programme-public-link")).isTrue();
        navigate("dialogues/" + slug, Component.class);
        assertThat($(H1.class).withText(title).exists())
                .as("an English reader reads the English title")
                .isTrue();
        assertThat(programmeService.publicProgramme(slug).orElseThrow().topics())
                .extracting(t -> t.title().en())
                .containsExactly(null, "Smart elderly care");
        var chineseOnly = $(Anchor.class).all().stream()
                .filter(a -> a.getHref().endsWith("/topics/digital-skills"))
                .findFirst()
                .orElseThrow();
        assertThat(chineseOnly.getElement().getAttribute("lang"))
                .as("the Chinese-only topic, marked as Chinese")
                .isEqualTo("zh-CN");
        assertThat(chineseOnly.getElement().getText()).isEqualTo("数字技能");
        assertThat(chineseOnly.getElement().getChildren().anyMatch(c -> "中文".equals(c.getText())))
                .as("with the small language note")
                .isTrue();
        var bothLanguages = $(Anchor.class).all().stream()
                .filter(a -> a.getHref().endsWith("/topics/elderly-care"))
                .findFirst()
                .orElseThrow();
        assertThat(bothLanguages.getElement().hasAttribute("lang"))
                .as("the reader's own language needs no mark")
                .isFalse();
    }

    @Test
    @WithUserDetails(Demo.ADMIN)
    void accounts_come_twenty_a_page_with_previous_and_next() {
        var marker = "Pager" + Words.unique();
        for (int i = 0; i < 21; i++) {
            residents.register(marker + " " + i);
        }
        navigate("admin/accounts", Component.class);
        type("account-search", marker);
        test(byId(Button.class, "account-search-submit")).click();
        assertThat(byId(Paragraph.class, "account-search-status").getText()).isEqualTo("Accounts 1 to 20");
        assertThat(byId(Button.class, "account-page-previous").isEnabled()).isFalse();
        test(byId(Button.class, "account-page-next")).click();
        assertThat(byId(Paragraph.class, "account-search-status").getText()).isEqualTo("Accounts 21 to 21");
        assertThat(byId(Button.class, "account-page-next").isEnabled())
                .as("no page after the last")
                .isFalse();
        test(byId(Button.class, "account-page-previous")).click();
        assertThat(byId(Paragraph.class, "account-search-status").getText()).isEqualTo("Accounts 1 to 20");
        assertThat(byId(Button.class, "account-page-next").isEnabled()).isTrue();
    }

    @Test
    @WithUserDetails(Demo.RESIDENT)
    void a_resident_does_not_get_the_admin_views() {
        for (var path : new String[] {
            "admin/programmes", "admin/programmes/new", "admin/programmes/1", "admin/accounts", "admin/lists"
        }) {
            navigate(path, Component.class);
            assertThat(exists("admin-nav-programmes")).as(path).isFalse();
            assertThat(exists("programme-title") || exists("account-search"))
                    .as(path)
                    .isFalse();
        }
    }

    @Test
    void a_visitor_is_sent_to_sign_in() {
        navigate("admin/programmes", Component.class);
        assertThat(onLoginView()).isTrue();
    }

    @Test
    @WithUserDetails(Demo.ADMIN)
    void admin_finds_an_account_grants_a_role_and_sets_a_public_title() {
        var email = newResident();
        navigate("admin/accounts", Component.class);
        type("account-search", email);
        test(byId(Button.class, "account-search-submit")).click();
        var id = accountAdmin.search(email, 0, 1).getFirst().id();
        assertThat(exists("account-row-" + id)).isTrue();
        assertThat(byId(Checkbox.class, "role-RESIDENT-" + id).getValue()).isTrue();
        test(byId(Checkbox.class, "role-STAFF-" + id)).click();
        assertThat(accountAdmin.search(email, 0, 1).getFirst().roles()).contains(Roles.STAFF);
        type("account-title-" + id + "-en", "Spokesperson");
        type("account-title-" + id + "-zh", "新闻发言人");
        test(byId(Button.class, "account-title-save-" + id)).click();
        assertThat(accountAdmin.search(email, 0, 1).getFirst().publicTitle())
                .isEqualTo(Bilingual.of("新闻发言人", "Spokesperson"));
        type("account-title-" + id + "-en", "长".repeat(AccountRow.PUBLIC_TITLE_MAX + 1));
        test(byId(Button.class, "account-title-save-" + id)).click();
        assertThat(byId(TextField.class, "account-title-" + id + "-en").isInvalid())
                .as("the refusal shows beside the English field")
                .isTrue();
        assertThat(accountAdmin.search(email, 0, 1).getFirst().publicTitle().en())
                .isEqualTo("Spokesperson");
        test(byId(Button.class, "account-trail-" + id)).click();
        assertThat(pageShows("ROLE_GRANTED")).isTrue();
    }

    @Test
    @WithUserDetails(Demo.ADMIN)
    void the_admin_pages_speak_chinese() {
        UI.getCurrent().setLocale(Locale.SIMPLIFIED_CHINESE);
        navigate("admin/lists", Component.class);
        assertThat($(H1.class).single().getText()).isEqualTo("管理清单");
        assertThat(exists("admin-rejection-reasons")).isTrue();
        navigate("admin/accounts", Component.class);
        assertThat($(H1.class).single().getText()).isEqualTo("账户与角色");
        assertThat(byId(
                                Checkbox.class,
                                "role-ADMIN-"
                                        + accountAdmin
                                                .search(Demo.ADMIN, 0, 1)
                                                .getFirst()
                                                .id())
                        .getLabel())
                .isEqualTo("管理员");
    }
}
