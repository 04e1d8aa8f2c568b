package org.citizendialogue.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Supplier;

import org.citizendialogue.answer.OnAirDesk;
import org.citizendialogue.poll.PollDraft;
import org.citizendialogue.poll.Polls;
import org.citizendialogue.programme.ProgrammeService;
import org.citizendialogue.programme.ProgrammeStatus;
import org.citizendialogue.search.SearchQuery;
import org.citizendialogue.search.SearchService;
import org.citizendialogue.shared.limits.Limit;
import org.citizendialogue.shared.limits.RateLimits;
import org.citizendialogue.submission.SubmissionService;
import org.citizendialogue.support.Acting;
import org.citizendialogue.support.Demo;
import org.citizendialogue.support.Fixtures;
import org.citizendialogue.support.Residents;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.userdetails.UserDetailsService;

import com.vaadin.browserless.BrowserlessUIContext;
import com.vaadin.browserless.SecuredBrowserlessApplicationContext;
import com.vaadin.browserless.SpringBrowserlessApplicationContext;
import com.vaadin.flow.component.Component;

import io.micrometer.core.instrument.MeterRegistry;

/**
 * Issue 14: two nodes in this JVM, each with its own HTTP port, sharing MariaDB and the machine's
 * Redis. What happens on node A reaches the pages open on node B, B's search index follows, and
 * a person's allowance counts across both.
 */
class TwoNodesTest {

    private static TestNodes nodes;
    private static ConfigurableApplicationContext a;
    private static ConfigurableApplicationContext b;

    private final List<SecuredBrowserlessApplicationContext<Authentication>> apps = new ArrayList<>();

    @BeforeAll
    static void startNodes() {
        nodes = new TestNodes();
        // votes: 3 a minute per person for the whole portal
        a = nodes.start("a", TestNodes.MACHINE_REDIS, "dialogue.limits.votes.per-minute=3");
        b = nodes.start("b", TestNodes.MACHINE_REDIS, "dialogue.limits.votes.per-minute=3");
    }

    @AfterAll
    static void stopNodes() {
        if (nodes != null) {
            nodes.close();
        }
    }

    @AfterEach
    void closeWindows() {
        apps.forEach(SecuredBrowserlessApplicationContext::close);
    }

    private BrowserlessUIContext visitor(ConfigurableApplicationContext node, String path) {
        return window(
                node,
                new AnonymousAuthenticationToken(
                        "visitor", "visitor", AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")),
                path);
    }

    private BrowserlessUIContext signedIn(ConfigurableApplicationContext node, String email, String path) {
        var user = node.getBean(UserDetailsService.class).loadUserByUsername(email);
        return window(node, UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()), path);
    }

    private BrowserlessUIContext window(ConfigurableApplicationContext node, Authentication who, String path) {
        var app = SpringBrowserlessApplicationContext.createSecured(node, "org.citizendialogue");
        apps.add(app);
        var window = app.newUser(who).newWindow();
        window.getUI().setLocale(Locale.ENGLISH);
        window.navigate(path, Component.class);
        return window;
    }

    private static boolean shows(BrowserlessUIContext window, String id) {
        window.activate();
        window.roundTrip();
        return window.find(Component.class).withId(id).exists();
    }

    private static String text(BrowserlessUIContext window, String id) {
        window.activate();
        window.roundTrip();
        var found = window.find(Component.class).withId(id);
        return found.exists() ? found.single().getElement().getTextRecursively() : "";
    }

    private static void within(Duration time, Supplier<Boolean> condition) {
        await().atMost(time)
                .pollInSameThread()
                .pollInterval(Duration.ofMillis(20))
                .until(condition::get);
    }

    @Test
    void both_nodes_are_ready_with_the_bus_up() {
        assertThat(TestNodes.port(a)).isNotEqualTo(TestNodes.port(b));
        within(
                Duration.ofSeconds(5),
                () -> TestNodes.readiness(a).startsWith("200")
                        && TestNodes.readiness(a).contains("\"UP\""));
        within(
                Duration.ofSeconds(5),
                () -> TestNodes.readiness(b).startsWith("200")
                        && TestNodes.readiness(b).contains("\"UP\""));
    }

    @Test
    void a_question_approved_on_node_a_appears_within_a_second_on_a_topic_page_open_on_node_b_and_b_finds_it() {
        var programme = a.getBean(Fixtures.class).programme("OPEN");
        var page = visitor(b, programme.topicPath());
        var word = "quokka" + UUID.randomUUID().toString().replaceAll("[^a-z]", "");

        long id = a.getBean(Residents.class).publishedQuestion(programme.topicId(), "Asked on node A about " + word);

        within(Duration.ofSeconds(1), () -> shows(page, "question-" + id));
        within(
                Duration.ofSeconds(2),
                () -> b.getBean(SearchService.class).search(SearchQuery.of(word)).stream()
                        .anyMatch(hit -> hit.id() == id));
        var registry = b.getBean(MeterRegistry.class);
        assertThat(registry.get("dialogue.cluster.messages")
                        .tag("direction", "received")
                        .counter()
                        .count())
                .isPositive();
        assertThat(registry.get("dialogue.cluster.redis.reachable").gauge().value())
                .isEqualTo(1.0);
    }

    @Test
    void a_question_asked_on_node_a_reaches_the_moderation_queue_open_on_node_b_and_leaves_it_when_approved_on_a() {
        var programme = a.getBean(Fixtures.class).programme("OPEN");
        var queue = signedIn(b, Demo.MODERATOR, "moderation");
        var residents = a.getBean(Residents.class);
        var asker = residents.register("Asker on node A");

        int before = a.getBean(JdbcClient.class)
                .sql("SELECT COUNT(*) FROM submission WHERE status = 'PENDING'")
                .query(Integer.class)
                .single();
        long id = a.getBean(Acting.class)
                .as(
                        asker,
                        () -> a.getBean(SubmissionService.class)
                                .ask(programme.topicId(), "Waiting for a moderator on node B"));
        // in the full suite the queue holds more than a page: the new item may wait behind "show more",
        // but the count says it arrived
        var waiting = String.format(Locale.ENGLISH, "%,d submissions waiting", before + 1);
        within(
                Duration.ofSeconds(1),
                () -> shows(queue, "queue-item-" + id)
                        || text(queue, "queue-count").contains(waiting));

        residents.approve(id);
        within(Duration.ofSeconds(1), () -> !shows(queue, "queue-item-" + id));
    }

    @Test
    void a_notice_written_on_node_a_updates_the_bell_on_a_page_open_on_node_b() {
        var programme = a.getBean(Fixtures.class).programme("OPEN");
        var residents = a.getBean(Residents.class);
        var asker = residents.register("Bell on node B");
        var page = signedIn(b, asker, "");
        assertThat(text(page, "nav-notifications")).contains("0").doesNotContain("1");

        long id = a.getBean(Acting.class)
                .as(
                        asker,
                        () -> a.getBean(SubmissionService.class)
                                .ask(programme.topicId(), "Tell me on node B when it is published"));
        residents.approve(id);

        within(Duration.ofSeconds(1), () -> text(page, "nav-notifications").contains("1"));
    }

    @Test
    void a_poll_opened_and_voted_on_node_a_shows_within_a_second_on_the_wall_open_on_node_b() {
        var programme = a.getBean(Fixtures.class).staffedProgramme("LIVE");
        var acting = a.getBean(Acting.class);
        var polls = a.getBean(Polls.class);
        long id = acting.as(
                Demo.STAFF,
                () -> polls.prepare(
                        programme.dialogueId(),
                        new PollDraft(
                                "Across nodes?",
                                null,
                                List.of(new PollDraft.Option("Yes", null), new PollDraft.Option("No", null)))));
        var wallB = visitor(b, "live/" + programme.slug());
        assertThat(shows(wallB, "poll-question")).isFalse();

        acting.run(Demo.STAFF, () -> polls.open(id, false));
        within(Duration.ofSeconds(1), () -> text(wallB, "poll-question").contains("Across nodes?"));

        var yes = polls.poll(id).orElseThrow().options().getFirst().id();
        acting.run(a.getBean(Residents.class).register("Voter On A"), () -> polls.vote(id, yes));
        within(Duration.ofSeconds(1), () -> text(wallB, "live-poll").contains("1 vote in all."));
    }

    @Test
    void now_answering_moves_on_the_walls_of_both_nodes() {
        var programme = a.getBean(Fixtures.class).staffedProgramme("OPEN");
        var residents = a.getBean(Residents.class);
        long first = residents.publishedQuestion(programme.topicId(), "First on air, two nodes");
        long second = residents.publishedQuestion(programme.topicId(), "Second on air, two nodes");
        var acting = a.getBean(Acting.class);
        acting.run(
                Demo.STAFF,
                () -> a.getBean(ProgrammeService.class).changeStatus(programme.dialogueId(), ProgrammeStatus.LIVE));
        var wallA = visitor(a, "live/" + programme.slug());
        var wallB = visitor(b, "live/" + programme.slug());

        acting.run(Demo.STAFF, () -> a.getBean(OnAirDesk.class).putOnAir(first));
        within(
                Duration.ofSeconds(1),
                () -> text(wallA, "live-now-answering").contains("First on air")
                        && text(wallB, "live-now-answering").contains("First on air"));

        // on air moved on node B this time: node A's wall follows
        b.getBean(Acting.class)
                .run(Demo.MODERATOR, () -> b.getBean(OnAirDesk.class).putOnAir(second));
        within(
                Duration.ofSeconds(1),
                () -> text(wallA, "live-now-answering").contains("Second on air")
                        && text(wallB, "live-now-answering").contains("Second on air"));
    }

    @Test
    void a_persons_allowance_counts_across_both_nodes() {
        var person = "person-" + UUID.randomUUID();
        var limitsA = a.getBean(RateLimits.class);
        var limitsB = b.getBean(RateLimits.class);

        assertThat(limitsA.take(Limit.VOTES, person, null)).isEmpty();
        assertThat(limitsB.take(Limit.VOTES, person, null)).isEmpty();
        assertThat(limitsA.take(Limit.VOTES, person, null)).isEmpty();

        assertThat(limitsB.take(Limit.VOTES, person, null))
                .as("the fourth vote of the minute, on node B")
                .isPresent();
        assertThat(limitsA.take(Limit.VOTES, person, null)).as("and on node A").isPresent();
        assertThat(limitsA.take(Limit.VOTES, "someone-else-" + UUID.randomUUID(), null))
                .isEmpty();
        assertThat(List.of(limitsA, limitsB))
                .allSatisfy(l ->
                        assertThat(l.blockedUntil(Limit.VOTES, person, null)).isPresent());
    }
}
