package org.citizendialogue.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Locale;
import java.util.function.Supplier;

import org.citizendialogue.answer.AnswerDesk;
import org.citizendialogue.answer.AnswerForm;
import org.citizendialogue.answer.AnswerModeration;
import org.citizendialogue.answer.ProgrammeStaffAdmin;
import org.citizendialogue.submission.SubmissionModeration;
import org.citizendialogue.submission.SubmissionService;
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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;

import com.vaadin.browserless.BrowserlessUIContext;
import com.vaadin.browserless.SecuredBrowserlessApplicationContext;
import com.vaadin.browserless.SpringBrowserlessApplicationContext;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;

/** An open topic page follows a merge and a hidden answer without a reload. */
@IntegrationTest
class LiveMergeUiTest {

    private static final Duration WITHIN = Duration.ofSeconds(5);

    @Autowired
    ProgrammeStaffAdmin staffAdmin;

    @Autowired
    ApplicationContext context;

    @Autowired
    SubmissionService submissions;

    @Autowired
    SubmissionModeration moderation;

    @Autowired
    AnswerDesk answers;

    @Autowired
    AnswerModeration answerModeration;

    @Autowired
    Residents residents;

    @Autowired
    Acting acting;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcClient jdbc;

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
        var auth = new AnonymousAuthenticationToken(
                "visitor", "visitor", AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"));
        var window = app.newUser(auth).newWindow();
        window.getUI().setLocale(Locale.ENGLISH);
        return window;
    }

    private static boolean shows(BrowserlessUIContext window, String id) {
        window.activate();
        window.roundTrip();
        return window.find(Component.class).withId(id).exists();
    }

    private static void until(Supplier<Boolean> condition) {
        await().atMost(WITHIN)
                .pollInSameThread()
                .pollInterval(Duration.ofMillis(50))
                .until(condition::get);
    }

    @Test
    void a_merged_question_leaves_an_open_topic_page_and_the_original_shows_the_moved_vote() {
        var p = fixtures.programme("OPEN");
        long original = residents.publishedQuestion(p.topicId(), "Will there be more public charging points?");
        long duplicate = residents.publishedQuestion(p.topicId(), "More charging points for electric cars?");
        acting.run(residents.register(), () -> submissions.vote(duplicate));
        var window = visitor();
        window.navigate(p.topicPath(), Component.class);
        assertThat(shows(window, "question-" + duplicate)).isTrue();

        acting.run(Demo.MODERATOR, () -> moderation.merge(duplicate, original));

        until(() -> !shows(window, "question-" + duplicate)
                && "▲ 1".equals(window.find(Button.class).id("vote-" + original).getText()));
    }

    @Test
    void a_hidden_answer_leaves_an_open_topic_page_and_a_restored_one_comes_back() {
        var p = fixtures.programme("OPEN");
        long staffId = residents.idOf(Demo.STAFF);
        acting.run(Demo.ADMIN, () -> staffAdmin.assign(p.dialogueId(), staffId));
        long question = residents.publishedQuestion(p.topicId(), "When do the new bus lanes open?");
        long answerId = acting.as(Demo.STAFF, () -> answers.publish(question, AnswerForm.answered("In May."), null))
                .answerId();
        var window = visitor();
        window.navigate(p.topicPath(), Component.class);
        assertThat(shows(window, "answer-" + answerId)).isTrue();

        acting.run(Demo.MODERATOR, () -> answerModeration.hide(answerId, "Wrong date, to be corrected"));
        until(() -> !shows(window, "answer-" + answerId));

        acting.run(Demo.MODERATOR, () -> answerModeration.restore(answerId));
        until(() -> shows(window, "answer-" + answerId));
    }
}
