package org.citizendialogue.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;

import org.citizendialogue.account.AccountService;
import org.citizendialogue.answer.AnswerDesk;
import org.citizendialogue.answer.OnAirDesk;
import org.citizendialogue.poll.PollDraft;
import org.citizendialogue.poll.Polls;
import org.citizendialogue.programme.ProgrammeService;
import org.citizendialogue.programme.ProgrammeStatus;
import org.citizendialogue.shared.DomainException;
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
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.userdetails.UserDetailsService;

import com.vaadin.browserless.BrowserlessUIContext;
import com.vaadin.browserless.SecuredBrowserlessApplicationContext;
import com.vaadin.browserless.SpringBrowserlessApplicationContext;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;

/** Several people on one page: what one does reaches the others' screens without a reload. */
@IntegrationTest
class LiveUpdatesUiTest {

    private static final Duration WITHIN = Duration.ofSeconds(5);

    @Autowired
    Residents residents;

    @Autowired
    ApplicationContext context;

    @Autowired
    UserDetailsService users;

    @Autowired
    SubmissionService submissions;

    @Autowired
    AnswerDesk answers;

    @Autowired
    OnAirDesk onAir;

    @Autowired
    ProgrammeService programmes;

    @Autowired
    AccountService accounts;

    @Autowired
    Acting acting;

    @Autowired
    Fixtures fixtures;

    @Autowired
    Polls polls;

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
        Authentication auth;
        if (email == null) {
            auth = new AnonymousAuthenticationToken(
                    "visitor", "visitor", AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"));
        } else {
            var user = users.loadUserByUsername(email);
            auth = UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
        }
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

    private static String text(BrowserlessUIContext window, String id) {
        window.activate();
        window.roundTrip();
        var found = window.find(Component.class).withId(id);
        return found.exists() ? found.single().getElement().getTextRecursively() : "";
    }

    private String resident() {
        return residents.register("Live Resident");
    }

    @Test
    void an_approval_shows_up_in_two_open_topic_pages() {
        var programme = fixtures.programme("OPEN");
        var first = window(null);
        first.navigate(programme.topicPath(), Component.class);
        var second = window(Demo.RESIDENT);
        second.navigate(programme.topicPath(), Component.class);

        long id = residents.publishedQuestion(programme.topicId(), "Published while two people watch");

        until(() -> shows(first, "question-" + id) && shows(second, "question-" + id));
    }

    @Test
    void a_vote_by_one_resident_changes_the_count_another_sees() {
        var programme = fixtures.programme("OPEN");
        long id = residents.publishedQuestion(programme.topicId(), "Vote for me");
        var voter = window(resident());
        voter.navigate(programme.topicPath(), Component.class);
        var watcher = window(resident());
        watcher.navigate(programme.topicPath(), Component.class);

        voter.activate();
        voter.test(voter.find(Button.class).id("vote-" + id)).click();

        until(() -> {
            watcher.activate();
            watcher.roundTrip();
            return "▲ 1".equals(watcher.find(Button.class).id("vote-" + id).getText());
        });
        voter.activate();
        assertThat(voter.find(Button.class).id("vote-" + id).getElement().getAttribute("aria-pressed"))
                .isEqualTo("true");
    }

    @Test
    void closing_a_programme_removes_the_ask_and_topic_comment_forms_live_and_the_service_refuses_new_questions() {
        var programme = fixtures.staffedProgramme("OPEN");
        var asker = resident();
        var page = window(asker);
        page.navigate(programme.topicPath(), Component.class);
        assertThat(shows(page, "ask-text")).isTrue();
        assertThat(shows(page, "topic-comment-text")).isTrue();

        acting.run(Demo.STAFF, () -> programmes.changeStatus(programme.dialogueId(), ProgrammeStatus.CLOSED));

        until(() -> shows(page, "ask-closed") && !shows(page, "ask-text"));
        // the form for comments on the topic goes with it (it stayed until the page was reloaded)
        assertThat(shows(page, "topic-comment-text")).isFalse();
        assertThatThrownBy(() -> acting.run(asker, () -> submissions.ask(programme.topicId(), "Too late?")))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("ask.closed");
    }

    @Test
    void the_cards_controls_and_the_live_wall_link_follow_the_programme_status_live() {
        var programme = fixtures.staffedProgramme("OPEN");
        long id = residents.publishedQuestion(programme.topicId(), "Controls that follow the status");
        var page = window(resident());
        page.navigate(programme.topicPath(), Component.class);
        var staffPage = window(Demo.STAFF);
        staffPage.navigate(programme.topicPath(), Component.class);
        page.activate();
        page.test(page.find(Button.class).id("comments-toggle-" + id)).click();
        assertThat(shows(page, "comment-text-" + id)).isTrue();
        assertThat(enabled(page, "vote-" + id)).isTrue();
        assertThat(shows(staffPage, "now-answering-" + id)).isFalse();
        assertThat(visible(page, "live-wall-link")).isFalse();

        acting.run(Demo.STAFF, () -> programmes.changeStatus(programme.dialogueId(), ProgrammeStatus.LIVE));
        until(() -> shows(staffPage, "now-answering-" + id));
        assertThat(enabled(page, "vote-" + id)).isTrue();
        assertThat(visible(page, "live-wall-link")).isTrue();

        acting.run(Demo.STAFF, () -> programmes.changeStatus(programme.dialogueId(), ProgrammeStatus.CLOSED));
        // the cards stayed as they were built until the page was reloaded: votes and comments offered, then refused
        until(() -> !enabled(page, "vote-" + id));
        assertThat(shows(page, "comment-text-" + id)).isFalse();
        until(() -> !shows(staffPage, "now-answering-" + id));
        assertThat(visible(page, "live-wall-link")).isFalse();
    }

    /** Shown to the reader: the component and every one of its ancestors visible. */
    private static boolean visible(BrowserlessUIContext window, String id) {
        window.activate();
        window.roundTrip();
        var found = window.find(Component.class).withId(id);
        if (!found.exists()) {
            return false;
        }
        for (Component c = found.single(); c != null; c = c.getParent().orElse(null)) {
            if (!c.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private static boolean enabled(BrowserlessUIContext window, String id) {
        window.activate();
        window.roundTrip();
        return window.find(Button.class).id(id).isEnabled();
    }

    @Test
    void now_answering_moves_the_highlight_on_the_topic_page_and_the_live_wall() {
        var programme = fixtures.staffedProgramme("OPEN");
        long first = residents.publishedQuestion(programme.topicId(), "First on air");
        long second = residents.publishedQuestion(programme.topicId(), "Second on air");
        acting.run(Demo.STAFF, () -> programmes.changeStatus(programme.dialogueId(), ProgrammeStatus.LIVE));
        var viewer = window(null);
        viewer.navigate(programme.topicPath(), Component.class);
        var wall = window(null);
        wall.navigate("live/" + programme.slug(), Component.class);

        acting.run(Demo.STAFF, () -> onAir.putOnAir(first));
        until(() -> {
            viewer.activate();
            viewer.roundTrip();
            return viewer.find(Component.class)
                    .withId("question-" + first)
                    .single()
                    .getElement()
                    .getClassList()
                    .contains("on-air");
        });
        until(() -> {
            wall.activate();
            wall.roundTrip();
            return wall.find(Component.class)
                    .withId("live-now-answering")
                    .single()
                    .getElement()
                    .getTextRecursively()
                    .contains("First on air");
        });

        acting.run(Demo.MODERATOR, () -> onAir.putOnAir(second));
        until(() -> {
            viewer.activate();
            viewer.roundTrip();
            var classes = viewer.find(Component.class)
                    .withId("question-" + second)
                    .single()
                    .getElement()
                    .getClassList();
            return classes.contains("on-air")
                    && !viewer.find(Component.class)
                            .withId("question-" + first)
                            .single()
                            .getElement()
                            .getClassList()
                            .contains("on-air");
        });
        assertThat(onAir.onAirRecord(Set.of(first)).get(first).endedAt()).isNotNull();
    }

    @Test
    void only_a_live_programme_has_a_question_on_air_and_residents_cannot_set_it() {
        var programme = fixtures.staffedProgramme("OPEN");
        long id = residents.publishedQuestion(programme.topicId(), "Not live yet");
        assertThatThrownBy(() -> acting.run(Demo.STAFF, () -> onAir.putOnAir(id)))
                .isInstanceOf(DomainException.class);
        acting.run(Demo.STAFF, () -> programmes.changeStatus(programme.dialogueId(), ProgrammeStatus.LIVE));
        assertThatThrownBy(() -> acting.run(Demo.RESIDENT, () -> onAir.putOnAir(id)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> acting.run(
                        Demo.RESIDENT, () -> programmes.changeStatus(programme.dialogueId(), ProgrammeStatus.CLOSED)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> acting.run(
                        Demo.STAFF, () -> programmes.changeStatus(programme.dialogueId(), ProgrammeStatus.DRAFT)))
                .isInstanceOf(DomainException.class);
    }

    /**
     * A poll's results come prepared once, without anyone's choice (decision 032): another
     * resident's vote moves the figures on an open page and leaves the reader's own choice as it
     * was; the reader's own vote from another page moves their choice too.
     */
    @Test
    void a_poll_vote_moves_the_results_on_open_pages_and_each_page_keeps_its_readers_choice() {
        var programme = fixtures.staffedProgramme("LIVE");
        long pollId = acting.as(
                Demo.STAFF,
                () -> polls.prepare(
                        programme.dialogueId(),
                        new PollDraft(
                                "Open more data?",
                                "开放更多数据吗？",
                                List.of(new PollDraft.Option("Yes", "是"), new PollDraft.Option("No", "否")))));
        acting.run(Demo.STAFF, () -> polls.open(pollId, false));
        var options = polls.poll(pollId).orElseThrow().options();
        long yes = options.get(0).id();
        long no = options.get(1).id();
        var reader = resident();
        acting.run(reader, () -> polls.vote(pollId, yes));
        var page = window(reader);
        page.navigate(programme.topicPath(), Component.class);
        var wall = window(null);
        wall.navigate("live/" + programme.slug(), Component.class);
        assertThat(text(page, "poll-option-" + yes)).contains("1 vote", "(your choice)");

        acting.run(resident(), () -> polls.vote(pollId, no));

        until(() -> text(page, "poll-option-" + no).contains("1 vote")
                && text(wall, "poll-option-" + no).contains("1 vote"));
        assertThat(text(page, "poll-option-" + yes)).contains("1 vote", "(your choice)");
        assertThat(text(page, "poll-option-" + no)).doesNotContain("(your choice)");
        assertThat(text(wall, "poll-option-" + yes)).doesNotContain("(your choice)");

        acting.run(reader, () -> polls.vote(pollId, no));

        until(() -> text(page, "poll-option-" + no).contains("2 votes · 100 %"));
        assertThat(text(page, "poll-option-" + no)).contains("(your choice)");
        assertThat(text(page, "poll-option-" + yes)).doesNotContain("(your choice)");
    }
}
