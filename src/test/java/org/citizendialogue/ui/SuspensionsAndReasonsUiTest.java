package org.citizendialogue.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

import org.citizendialogue.account.AccountService;
import org.citizendialogue.account.RegistrationDraft;
import org.citizendialogue.account.Suspensions;
import org.citizendialogue.submission.RejectionReason;
import org.citizendialogue.submission.SubmissionService;
import org.citizendialogue.submission.SubmissionStatus;
import org.citizendialogue.support.Acting;
import org.citizendialogue.support.Demo;
import org.citizendialogue.support.Fixtures;
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
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

/**
 * Suspending from the queue and what the suspended resident then sees, lifting from the list,
 * the admins' page of rejection reasons feeding the moderators' reject dialog, and the audit log
 * view's filters: several people at once, each in a window of their own.
 */
@IntegrationTest
class SuspensionsAndReasonsUiTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    UserDetailsService users;

    @Autowired
    AccountService accounts;

    @Autowired
    SubmissionService submissions;

    @Autowired
    Suspensions suspensions;

    @Autowired
    Acting acting;

    @Autowired
    Fixtures fixtures;

    @Autowired
    Residents residents;

    private SecuredBrowserlessApplicationContext<Authentication> app;

    @BeforeEach
    void start() {
        app = SpringBrowserlessApplicationContext.createSecured(context, "org.citizendialogue");
    }

    @AfterEach
    void stop() {
        app.close();
    }

    private BrowserlessUIContext window(String email) {
        var user = users.loadUserByUsername(email);
        Authentication auth = UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
        var window = app.newUser(auth).newWindow();
        window.getUI().setLocale(Locale.ENGLISH);
        return window;
    }

    private record Person(long id, String email) {}

    private Person resident() {
        var email = "ui-suspend-" + System.nanoTime() + "@example.org";
        accounts.register(new RegistrationDraft(email, "Suspended Sam", Residents.PASSWORD, true));
        residents.confirm(email);
        return new Person(residents.idOf(email), email);
    }

    private static boolean exists(BrowserlessUIContext w, String id) {
        w.activate();
        return w.find(Component.class).withId(id).exists();
    }

    @Test
    void a_moderator_suspends_the_author_from_the_queue_and_the_resident_sees_why_instead_of_the_forms() {
        var p = fixtures.programme("OPEN");
        long question = residents.publishedQuestion(p.topicId(), "A question the suspended resident can still read");
        var author = resident();
        long pending = acting.as(author.email(), () -> submissions.ask(p.topicId(), "Visit my shop, cheap watches"));

        var moderator = window(Demo.MODERATOR);
        moderator.navigate("moderation", Component.class);
        moderator
                .test(moderator.find(Button.class).id("suspend-author-" + pending))
                .click();
        moderator.test(moderator.find(Button.class).id("suspend-confirm")).click();
        assertThat(moderator.find(TextArea.class).id("suspend-reason").isInvalid())
                .as("a reason is required")
                .isTrue();
        moderator.test(moderator.find(TextArea.class).id("suspend-reason")).setValue("Advertising again and again");
        @SuppressWarnings("unchecked")
        Select<Object> length = moderator.find(Select.class).id("suspend-length");
        moderator.test(length).selectItem("7 days");
        moderator.test(moderator.find(Button.class).id("suspend-confirm")).click();
        var suspension =
                acting.as(Demo.MODERATOR, () -> suspensions.of(author.id())).orElseThrow();
        assertThat(suspension.reason()).isEqualTo("Advertising again and again");
        assertThat(suspension.untilAt())
                .isBetween(
                        Instant.now().plus(Duration.ofDays(7)).minus(Duration.ofMinutes(5)),
                        Instant.now().plus(Duration.ofDays(7)));

        var suspended = window(author.email());
        suspended.navigate(p.topicPath(), Component.class);
        assertThat(exists(suspended, "suspended-notice")).isTrue();
        assertThat(suspended.find(Paragraph.class).id("suspended-notice").getText())
                .contains("suspended until")
                .contains("Advertising again and again");
        assertThat(exists(suspended, "ask-text")).isFalse();
        assertThat(exists(suspended, "topic-comment-text")).isFalse();
        assertThat(exists(suspended, "question-" + question))
                .as("reading still works")
                .isTrue();
        assertThat(exists(suspended, "comment-text-" + question)).isFalse();
        suspended.navigate("questions/" + question, Component.class);
        assertThat(exists(suspended, "suspended-notice")).isTrue();
        assertThat(exists(suspended, "report-" + question)).isFalse();
        suspended.navigate("me", Component.class);
        assertThat(exists(suspended, "suspended-notice")).isTrue();

        moderator.navigate("moderation/suspensions", Component.class);
        assertThat(exists(moderator, "suspension-" + author.id())).isTrue();
        moderator.test(moderator.find(Button.class).id("lift-" + author.id())).click();
        assertThat(exists(moderator, "suspension-" + author.id())).isFalse();
        assertThat(acting.as(Demo.MODERATOR, () -> suspensions.of(author.id()))).isEmpty();

        suspended.navigate("me", Component.class);
        suspended.navigate(p.topicPath(), Component.class);
        assertThat(exists(suspended, "suspended-notice")).isFalse();
        assertThat(exists(suspended, "ask-text")).isTrue();
    }

    @Test
    void an_admin_adds_and_edits_a_reason_and_the_moderators_reject_dialog_offers_it() {
        var code = "UI" + Long.toString(System.nanoTime(), 36).toUpperCase(Locale.ROOT);
        var admin = window(Demo.ADMIN);
        admin.navigate("admin/rejection-reasons", Component.class);
        admin.test(admin.find(TextField.class).id("reason-new-code")).setValue("9 bad");
        admin.test(admin.find(TextArea.class).id("reason-new-en")).setValue("It asks for a private favour.");
        admin.test(admin.find(TextArea.class).id("reason-new-zh")).setValue("内容涉及私人请求。");
        admin.test(admin.find(Button.class).id("reason-add")).click();
        assertThat(admin.find(TextField.class).id("reason-new-code").isInvalid())
                .isTrue();
        assertThat(admin.find(TextArea.class).id("reason-new-en").getValue())
                .as("nothing typed is lost")
                .isEqualTo("It asks for a private favour.");
        admin.test(admin.find(TextField.class).id("reason-new-code")).setValue(code);
        admin.test(admin.find(Button.class).id("reason-add")).click();
        assertThat(exists(admin, "reason-" + code)).isTrue();
        admin.test(admin.find(TextArea.class).id("reason-en-" + code))
                .setValue("It asks the bureau for a private favour.");
        admin.test(admin.find(Button.class).id("reason-save-" + code)).click();

        var author = resident();
        var p = fixtures.programme("OPEN");
        long id = acting.as(
                author.email(), () -> submissions.ask(p.topicId(), "Can the director fix my cousin's permit?"));
        var moderator = window(Demo.MODERATOR);
        moderator.navigate("moderation", Component.class);
        moderator.test(moderator.find(Button.class).id("reject-" + id)).click();
        @SuppressWarnings("unchecked")
        Select<RejectionReason> reason = moderator.find(Select.class).id("reject-reason");
        assertThat(reason.getListDataView().getItems().map(RejectionReason::code))
                .contains(code, RejectionReason.SPAM);
        moderator.test(reason).selectItem("It asks the bureau for a private favour.");
        moderator.test(moderator.find(Button.class).id("reject-confirm")).click();
        var mine = acting.as(author.email(), () -> submissions.mine(0, 5)).getFirst();
        assertThat(mine.status()).isEqualTo(SubmissionStatus.REJECTED);
        assertThat(mine.rejectionReason()).isEqualTo(code);

        var rejected = window(author.email());
        rejected.navigate("me", Component.class);
        assertThat(rejected.find(Paragraph.class)
                        .withClassName("rejection-reason")
                        .first()
                        .getText())
                .contains("It asks the bureau for a private favour.");

        admin.navigate("admin/rejection-reasons", Component.class);
        admin.test(admin.find(Checkbox.class).id("reason-active-" + code)).click();
        moderator.navigate("moderation/suspensions", Component.class);
        long next = acting.as(author.email(), () -> submissions.ask(p.topicId(), "Another question"));
        moderator.navigate("moderation", Component.class);
        moderator.test(moderator.find(Button.class).id("reject-" + next)).click();
        @SuppressWarnings("unchecked")
        Select<RejectionReason> again = moderator.find(Select.class).id("reject-reason");
        assertThat(again.getListDataView().getItems().map(RejectionReason::code))
                .doesNotContain(code);
    }

    @Test
    void the_audit_view_filters_by_programme_and_action_and_is_closed_to_residents_and_staff() {
        var p = fixtures.programme("OPEN");
        long id = residents.publishedQuestion(p.topicId(), "Approved for the audit view");
        var moderator = window(Demo.MODERATOR);
        moderator.navigate("moderation/audit", Component.class);
        assertThat(moderator.find(Article.class).withClassName("queue-card").all())
                .isNotEmpty()
                .hasSizeLessThanOrEqualTo(20);
        @SuppressWarnings("unchecked")
        Select<Object> programme = moderator.find(Select.class).id("audit-programme");
        moderator.test(programme).selectItem("Fixture " + p.slug());
        @SuppressWarnings("unchecked")
        ComboBox<String> action = moderator.find(ComboBox.class).id("audit-action");
        moderator.test(action).selectItem("Approved");
        var cards = moderator.find(Article.class).withClassName("queue-card").all();
        assertThat(cards).singleElement().satisfies(card -> {
            assertThat(card.getElement().getTextRecursively())
                    .contains("Approved")
                    .contains("Submission #" + id)
                    .contains("Wang Fang")
                    .contains("PENDING")
                    .contains("PUBLISHED");
        });
        assertThat(moderator.find(Paragraph.class).id("audit-count").getText()).startsWith("1 entry");
        moderator.test(moderator.find(TextField.class).id("audit-actor")).setValue("nobody by this name");
        assertThat(moderator.find(Article.class).withClassName("queue-card").all())
                .isEmpty();
        assertThat(moderator.find(Paragraph.class).id("audit-count").getText()).isEqualTo("No entries match");

        var admin = window(Demo.ADMIN);
        admin.navigate("moderation/audit", Component.class);
        assertThat(exists(admin, "audit-entries"))
                .as("admins read the audit log too")
                .isTrue();

        for (var refused : new String[] {Demo.RESIDENT, Demo.STAFF}) {
            var w = window(refused);
            try {
                w.navigate("moderation/audit", Component.class);
            } catch (RuntimeException rerouted) {
                // access control reroutes; either way the audit entries must not be there
            }
            assertThat(exists(w, "audit-entries")).isFalse();
        }
    }
}
