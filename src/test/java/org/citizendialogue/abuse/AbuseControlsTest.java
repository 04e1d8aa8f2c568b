package org.citizendialogue.abuse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.citizendialogue.account.AccountService;
import org.citizendialogue.account.RegistrationDraft;
import org.citizendialogue.account.ui.LoginView;
import org.citizendialogue.audit.AuditEntry;
import org.citizendialogue.audit.AuditLog;
import org.citizendialogue.report.ReportReason;
import org.citizendialogue.shared.DomainException;
import org.citizendialogue.shared.limits.RateLimitedException;
import org.citizendialogue.submission.BlockedPhrases;
import org.citizendialogue.submission.MySubmission;
import org.citizendialogue.submission.PhraseAction;
import org.citizendialogue.submission.SubmissionModeration;
import org.citizendialogue.submission.SubmissionService;
import org.citizendialogue.submission.SubmissionStatus;
import org.citizendialogue.support.Acting;
import org.citizendialogue.support.Demo;
import org.citizendialogue.support.Fixtures;
import org.citizendialogue.support.MutableClock;
import org.citizendialogue.support.Residents;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.security.web.FilterChainProxy;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The abuse controls on the real MariaDB, with the production defaults for submissions (5 a
 * minute, 30 an hour per account) and small allowances for the rest, and a clock the test moves:
 * limits trip at the configured count, per account and per address, and reset after the window;
 * repeated texts are refused; blocked phrases refuse or hold.
 */
@SpringBootTest(
        properties = {
            "dialogue.limits.submissions.per-minute=5", "dialogue.limits.submissions.per-hour=30",
            "dialogue.limits.submissions.ip-per-minute=8", "dialogue.limits.submissions.ip-per-hour=300",
            "dialogue.limits.votes.per-minute=3", "dialogue.limits.votes.per-hour=300",
            "dialogue.limits.votes.ip-per-minute=5", "dialogue.limits.votes.ip-per-hour=300",
            "dialogue.limits.reports.per-minute=2", "dialogue.limits.reports.per-hour=30",
            "dialogue.limits.reports.ip-per-minute=20", "dialogue.limits.reports.ip-per-hour=200",
            "dialogue.limits.registrations.ip-per-minute=2", "dialogue.limits.registrations.ip-per-hour=20",
            "dialogue.limits.sign-in.per-minute=3", "dialogue.limits.sign-in.per-hour=20",
            "dialogue.limits.sign-in.ip-per-minute=5", "dialogue.limits.sign-in.ip-per-hour=200",
            "dialogue.limits.repeat-window=10m"
        })
class AbuseControlsTest {

    @TestConfiguration
    static class MovableTime {
        @Bean
        @Primary
        MutableClock movableClock() {
            return new MutableClock();
        }
    }

    @Autowired
    SubmissionService submissions;

    @Autowired
    SubmissionModeration moderation;

    @Autowired
    BlockedPhrases blocked;

    @Autowired
    AccountService accounts;

    @Autowired
    AuditLog audit;

    @Autowired
    Acting acting;

    @Autowired
    Residents residents;

    @Autowired
    Fixtures fixtures;

    @Autowired
    MutableClock clock;

    @Autowired
    FilterChainProxy securityFilters;

    @Autowired
    WebApplicationContext web;

    private long topic;
    private final List<String> residentsOfThisTest = new ArrayList<>();

    /** Spring's test support puts a mock request from 127.0.0.1 in place; each test chooses its own address. */
    @BeforeEach
    void programme() {
        RequestContextHolder.resetRequestAttributes();
        topic = fixtures.programme("OPEN").topicId();
    }

    /** Pending submissions of this test leave the shared queue, so other tests' pages stay short. */
    @AfterEach
    void withdrawLeftovers() {
        RequestContextHolder.resetRequestAttributes();
        for (var email : residentsOfThisTest) {
            acting.run(
                    email,
                    () -> submissions.mine(0, 100).stream()
                            .filter(s -> s.status() == SubmissionStatus.PENDING)
                            .forEach(s -> submissions.withdraw(s.id())));
        }
    }

    private String resident() {
        var email = residents.register();
        residentsOfThisTest.add(email);
        return email;
    }

    private static void from(String address) {
        var request = new MockHttpServletRequest();
        request.setRemoteAddr(address);
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
    }

    private static String address() {
        return "10.20." + (int) (Math.random() * 250) + "." + (int) (1 + Math.random() * 250);
    }

    private long ask(String email, String text) {
        return acting.as(email, () -> submissions.ask(topic, text));
    }

    private List<MySubmission> mine(String email) {
        return acting.as(email, () -> submissions.mine(0, 100));
    }

    // ---- rate limits ----

    @Test
    void the_sixth_question_in_a_minute_is_refused_with_the_retry_time_and_the_next_minute_accepts_it() {
        var email = resident();
        for (int i = 1; i <= 5; i++) {
            ask(email, "Question number " + i + " about 5G base stations");
        }
        var start = clock.instant();
        var limited = catchThrowableOfType(RateLimitedException.class, () -> ask(email, "Question number 6"));
        assertThat(limited).as("the sixth is refused").isNotNull();
        assertThat(limited.messageKey()).isEqualTo("limit.reached");
        assertThat(limited.retryAt()).isAfter(start).isBeforeOrEqualTo(start.plusSeconds(60));
        assertThat(mine(email)).as("nothing of the refused one is saved").hasSize(5);

        clock.advance(Duration.ofSeconds(61));
        ask(email, "Question number 6");
        assertThat(mine(email)).hasSize(6);
    }

    @Test
    void comments_count_against_the_same_allowance_as_questions() {
        var email = resident();
        for (int i = 1; i <= 5; i++) {
            var text = "Topic comment number " + i;
            acting.run(email, () -> submissions.comment(topic, null, text));
        }
        assertThatThrownBy(() -> ask(email, "And a question")).isInstanceOf(RateLimitedException.class);
    }

    @Test
    void thirty_an_hour_per_account_then_the_next_hour_resets_it() {
        var email = resident();
        for (int i = 1; i <= 30; i++) {
            ask(email, "Hourly question " + i);
            if (i % 5 == 0) {
                clock.advance(Duration.ofSeconds(61));
            }
        }
        var limited = catchThrowableOfType(RateLimitedException.class, () -> ask(email, "Hourly question 31"));
        assertThat(limited).as("the 31st within the hour").isNotNull();
        assertThat(limited.retryAt()).isAfter(clock.instant().plusSeconds(60));
        clock.advance(Duration.ofMinutes(60));
        ask(email, "Hourly question 31");
        assertThat(mine(email)).hasSize(31);
    }

    @Test
    void residents_behind_one_address_share_its_allowance_and_another_address_is_not_affected() {
        var shared = address();
        var first = resident();
        var second = resident();
        from(shared);
        for (int i = 1; i <= 5; i++) {
            ask(first, "From a shared address, first resident " + i);
        }
        for (int i = 1; i <= 3; i++) {
            ask(second, "From a shared address, second resident " + i);
        }
        assertThatThrownBy(() -> ask(second, "From a shared address, second resident 4"))
                .as("the address has used its 8 a minute, though this account has used only 3")
                .isInstanceOf(RateLimitedException.class);
        from(address());
        ask(second, "From another address, second resident 4");
        assertThat(mine(second)).hasSize(4);
    }

    @Test
    void votes_are_limited_per_account_and_per_address() {
        long question = residents.publishedQuestion(topic, "Which districts get gigabit fibre first?");
        var shared = address();
        var voter = resident();
        var other = resident();
        from(shared);
        acting.run(voter, () -> submissions.vote(question));
        acting.run(voter, () -> submissions.unvote(question));
        acting.run(voter, () -> submissions.vote(question));
        assertThatThrownBy(() -> acting.run(voter, () -> submissions.unvote(question)))
                .as("3 a minute per account")
                .isInstanceOf(RateLimitedException.class);
        acting.run(other, () -> submissions.vote(question));
        acting.run(other, () -> submissions.unvote(question));
        assertThatThrownBy(() -> acting.run(other, () -> submissions.vote(question)))
                .as("5 a minute per address, though this account has used only 2")
                .isInstanceOf(RateLimitedException.class);
        from(address());
        assertThat(acting.as(other, () -> submissions.vote(question)))
                .as("from another address")
                .isEqualTo(2);
        from(shared);
        clock.advance(Duration.ofSeconds(61));
        assertThat(acting.as(voter, () -> submissions.unvote(question)))
                .as("the next minute")
                .isEqualTo(1);
    }

    @Test
    void reports_are_limited_per_account() {
        var reporter = resident();
        var questions = new ArrayList<Long>();
        for (int i = 1; i <= 3; i++) {
            questions.add(residents.publishedQuestion(topic, "A question to report " + i));
        }
        acting.run(reporter, () -> submissions.report(questions.get(0), ReportReason.SPAM, null));
        acting.run(reporter, () -> submissions.report(questions.get(1), ReportReason.SPAM, null));
        assertThatThrownBy(
                        () -> acting.run(reporter, () -> submissions.report(questions.get(2), ReportReason.SPAM, null)))
                .isInstanceOf(RateLimitedException.class);
        clock.advance(Duration.ofSeconds(61));
        acting.run(reporter, () -> submissions.report(questions.get(2), ReportReason.SPAM, null));
    }

    @Test
    void registrations_are_limited_per_address_and_a_refused_one_creates_no_account() {
        var here = address();
        from(here);
        accounts.register(draft("reg-a"));
        accounts.register(draft("reg-b"));
        var third = draft("reg-c");
        assertThatThrownBy(() -> accounts.register(third)).isInstanceOf(RateLimitedException.class);
        assertThat(accountsWith(third.email()))
                .as("the refused one created nothing")
                .isZero();
        from(address());
        accounts.register(draft("reg-d"));
        from(here);
        clock.advance(Duration.ofSeconds(61));
        accounts.register(third);
        assertThat(accountsWith(third.email())).isEqualTo(1);
        // an existing address gets the same answer as a new one (issue 11, finding 5), and no second account
        accounts.register(third);
        assertThat(accountsWith(third.email())).isEqualTo(1);
    }

    @Autowired
    JdbcClient jdbcForRegistrations;

    private long accountsWith(String email) {
        return jdbcForRegistrations
                .sql("SELECT COUNT(*) FROM account WHERE email = ?")
                .param(email.toLowerCase())
                .query(Long.class)
                .single();
    }

    private static RegistrationDraft draft(String prefix) {
        return new RegistrationDraft(
                prefix + "-" + System.nanoTime() + "@example.org", "Limited", Residents.PASSWORD, true);
    }

    private MockHttpServletRequest lastSignIn;

    private MockHttpServletResponse signIn(String email, String password, String address) throws Exception {
        var request = new MockHttpServletRequest(web.getServletContext(), "POST", "/login");
        request.setServletPath("/login");
        request.setRemoteAddr(address);
        request.setParameter("username", email);
        request.setParameter("password", password);
        request = (MockHttpServletRequest)
                SecurityMockMvcRequestPostProcessors.csrf().postProcessRequest(request);
        var response = new MockHttpServletResponse();
        lastSignIn = request;
        securityFilters.doFilter(request, response, new MockFilterChain());
        return response;
    }

    @Test
    void failed_sign_ins_are_limited_per_e_mail_and_address_even_with_the_right_password_then_reset() throws Exception {
        var email = resident();
        var address = address();
        for (int i = 0; i < 3; i++) {
            assertThat(signIn(email, "wrong password", address).getRedirectedUrl())
                    .contains("error");
        }
        var limited = signIn(email, Residents.PASSWORD, address);
        assertThat(limited.getRedirectedUrl())
                .as("refused before trying the password")
                .endsWith("/login?limited");
        var retryAt = (Instant) lastSignIn.getSession().getAttribute(LoginView.RETRY_AT_ATTRIBUTE);
        assertThat(retryAt)
                .as("the time to try again travels in the session")
                .isBetween(clock.instant(), clock.instant().plusSeconds(60));
        assertThat(signIn(email, Residents.PASSWORD, address()).getRedirectedUrl())
                .as("the owner from another address is not locked out (issue 11, finding 3)")
                .doesNotContain("error")
                .doesNotContain("limited");

        clock.advance(Duration.ofSeconds(61));
        assertThat(signIn(email, Residents.PASSWORD, address).getRedirectedUrl())
                .doesNotContain("error")
                .doesNotContain("limited");
    }

    @Test
    void failed_sign_ins_are_limited_per_address_across_e_mails() throws Exception {
        var address = address();
        for (int i = 0; i < 5; i++) {
            signIn("nobody-" + i + "-" + System.nanoTime() + "@example.org", "guess", address);
        }
        assertThat(signIn(Demo.RESIDENT, "dialogue-demo", address).getRedirectedUrl())
                .endsWith("/login?limited");
        assertThat(signIn(Demo.RESIDENT, "dialogue-demo", address()).getRedirectedUrl())
                .as("another address signs in")
                .doesNotContain("limited")
                .doesNotContain("error");
    }

    // ---- repeated texts ----

    @Test
    void the_same_text_again_within_ten_minutes_is_refused_and_a_different_one_is_accepted() {
        var email = resident();
        ask(email, "When will   the  5G base stations\nreach Miyun?");
        var repeated = catchThrowableOfType(
                DomainException.class, () -> ask(email, "  When will the 5G base stations reach Miyun? "));
        assertThat(repeated.field()).isEqualTo("text");
        assertThat(repeated.messageKey()).isEqualTo("submission.error.repeat");
        assertThatThrownBy(() -> acting.run(
                        email, () -> submissions.comment(topic, null, "When will the 5G base stations reach Miyun?")))
                .as("as a comment too")
                .isInstanceOf(DomainException.class);
        ask(email, "When will the 5G base stations reach Yanqing?");
        assertThat(mine(email)).hasSize(2);

        clock.advance(Duration.ofMinutes(11));
        ask(email, "When will the 5G base stations reach Miyun?");
        assertThat(mine(email)).hasSize(3);
    }

    @Test
    void another_residents_same_text_is_not_a_repeat() {
        ask(resident(), "数字经济促进条例什么时候实施？");
        ask(resident(), "数字经济促进条例什么时候实施？");
    }

    // ---- blocked phrases ----

    private long addPhrase(String phrase, PhraseAction action) {
        return acting.as(Demo.ADMIN, () -> blocked.add(phrase, action));
    }

    @Test
    void a_refused_phrase_in_any_letter_case_or_chinese_refuses_at_the_field_and_saves_nothing() {
        var english = "cheap-pills-" + System.nanoTime();
        var chinese = "违禁广告" + System.nanoTime();
        addPhrase(english, PhraseAction.REFUSE);
        addPhrase(chinese, PhraseAction.REFUSE);
        var email = resident();
        var refused = catchThrowableOfType(
                DomainException.class, () -> ask(email, "Order " + english.toUpperCase() + " today"));
        assertThat(refused.field()).isEqualTo("text");
        assertThat(refused.messageKey()).isEqualTo("submission.error.blocked");
        assertThat(refused.getMessage()).as("the list is not echoed").doesNotContain(english);
        assertThatThrownBy(() -> ask(email, "请看" + chinese + "链接")).isInstanceOf(DomainException.class);
        assertThat(mine(email)).as("nothing saved").isEmpty();
        ask(email, "A question without any listed phrase");
        assertThat(mine(email)).hasSize(1);
    }

    @Test
    void a_held_phrase_saves_the_submission_pending_with_the_flag_for_moderators() {
        var phrase = "add my wechat " + System.nanoTime();
        addPhrase(phrase, PhraseAction.HOLD);
        var email = resident();
        long id = ask(
                email, "Great programme! ADD  MY  WECHAT " + phrase.substring("add my wechat ".length()) + " for more");
        var item = acting.as(Demo.MODERATOR, () -> moderation.pendingItem(id)).orElseThrow();
        assertThat(item.heldPhrase()).isEqualTo(phrase);
        long clean = ask(email, "A question with nothing to flag");
        assertThat(acting.as(Demo.MODERATOR, () -> moderation.pendingItem(clean))
                        .orElseThrow()
                        .heldPhrase())
                .isNull();
    }

    @Test
    void full_width_letters_match_a_phrase_too() {
        var phrase = "spamword" + (System.nanoTime() % 100000);
        addPhrase(phrase, PhraseAction.REFUSE);
        var fullWidth = new StringBuilder();
        phrase.codePoints().forEach(c -> fullWidth.appendCodePoint(c < 128 && c > 32 ? c - 33 + 0xFF01 : c));
        assertThatThrownBy(() -> ask(resident(), "看这里 " + fullWidth)).isInstanceOf(DomainException.class);
    }

    @Test
    void admins_add_change_and_remove_phrases_with_validation_and_every_change_is_audited() {
        var phrase = "Blocked Phrase " + System.nanoTime();
        long id = addPhrase(phrase, PhraseAction.REFUSE);
        var duplicate =
                catchThrowableOfType(DomainException.class, () -> addPhrase(phrase.toLowerCase(), PhraseAction.HOLD));
        assertThat(duplicate.field()).isEqualTo("phrase");
        assertThat(duplicate.messageKey()).isEqualTo("blocked.error.duplicate");
        assertThat(catchThrowableOfType(DomainException.class, () -> addPhrase("   ", PhraseAction.HOLD))
                        .messageKey())
                .isEqualTo("validation.required");
        assertThat(catchThrowableOfType(DomainException.class, () -> addPhrase("长".repeat(101), PhraseAction.HOLD))
                        .messageKey())
                .isEqualTo("validation.too-long");

        acting.run(Demo.ADMIN, () -> blocked.changeAction(id, PhraseAction.HOLD));
        var email = resident();
        long held = ask(email, "This mentions " + phrase);
        assertThat(acting.as(Demo.MODERATOR, () -> moderation.pendingItem(held))
                        .orElseThrow()
                        .heldPhrase())
                .as("the change counts at once")
                .isEqualTo(phrase);

        acting.run(Demo.ADMIN, () -> blocked.remove(id));
        assertThat(acting.as(Demo.ADMIN, () -> blocked.list())).noneMatch(p -> p.id() == id);
        long free = ask(email, "This mentions " + phrase + " again");
        assertThat(acting.as(Demo.MODERATOR, () -> moderation.pendingItem(free))
                        .orElseThrow()
                        .heldPhrase())
                .isNull();

        var trail = acting.as(Demo.ADMIN, () -> audit.trailOf("BLOCKED_PHRASE", id));
        assertThat(trail)
                .extracting(AuditEntry::action)
                .containsExactly("BLOCKED_PHRASE_ADDED", "BLOCKED_PHRASE_CHANGED", "BLOCKED_PHRASE_REMOVED");
        assertThat(trail.get(1).beforeState()).isEqualTo("REFUSE: " + phrase);
        assertThat(trail.get(1).afterState()).isEqualTo("HOLD: " + phrase);
    }

    @Test
    void residents_and_moderators_cannot_read_or_change_the_blocked_list() {
        long id = addPhrase("only admins " + System.nanoTime(), PhraseAction.HOLD);
        for (var who : List.of(resident(), Demo.MODERATOR)) {
            assertThatThrownBy(() ->
                            acting.run(who, () -> blocked.add("sneaky " + System.nanoTime(), PhraseAction.REFUSE)))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> acting.run(who, () -> blocked.changeAction(id, PhraseAction.REFUSE)))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> acting.run(who, () -> blocked.remove(id)))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> acting.run(who, () -> blocked.list())).isInstanceOf(AccessDeniedException.class);
        }
        assertThat(acting.as(Demo.ADMIN, () -> blocked.list()))
                .anyMatch(p -> p.id() == id && p.action() == PhraseAction.HOLD);
        acting.run(Demo.ADMIN, () -> blocked.remove(id));
    }
}
