package org.citizendialogue.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.Socket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.citizendialogue.search.SearchQuery;
import org.citizendialogue.search.SearchService;
import org.citizendialogue.shared.limits.Limit;
import org.citizendialogue.shared.limits.RateLimits;
import org.citizendialogue.support.Fixtures;
import org.citizendialogue.support.Residents;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;

import com.vaadin.browserless.BrowserlessUIContext;
import com.vaadin.browserless.SecuredBrowserlessApplicationContext;
import com.vaadin.browserless.SpringBrowserlessApplicationContext;
import com.vaadin.flow.component.Component;

/**
 * Issue 14: Redis stops under two nodes (a Redis server this test starts on a port of its own, so
 * the machine's server is never touched). Both nodes keep serving their own pages, readiness says
 * DEGRADED, one warning each; when Redis is back, updates cross again and open pages reload what
 * they missed.
 */
@ExtendWith(OutputCaptureExtension.class)
class RedisOutageTest {

    private static final String WARNING = "Redis is unreachable";

    private final List<SecuredBrowserlessApplicationContext<Authentication>> apps = new ArrayList<>();
    private TestNodes nodes;
    private Process redis;

    @AfterEach
    void stop() {
        apps.forEach(SecuredBrowserlessApplicationContext::close);
        if (nodes != null) {
            nodes.close();
        }
        stopRedis();
    }

    private void startRedis(Path binary, int port) throws IOException {
        redis = new ProcessBuilder(
                        binary.toString(),
                        "--port",
                        String.valueOf(port),
                        "--bind",
                        "127.0.0.1",
                        "--save",
                        "",
                        "--appendonly",
                        "no")
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        await().atMost(Duration.ofSeconds(10)).until(() -> {
            try (var socket = new Socket("127.0.0.1", port)) {
                return true;
            } catch (IOException e) {
                return false;
            }
        });
    }

    private void stopRedis() {
        if (redis != null) {
            redis.destroy();
            try {
                if (!redis.waitFor(10, TimeUnit.SECONDS)) {
                    redis.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            redis = null;
        }
    }

    private BrowserlessUIContext visitor(ConfigurableApplicationContext node, String path) {
        var app = SpringBrowserlessApplicationContext.createSecured(node, "org.citizendialogue");
        apps.add(app);
        var window = app.newUser(new AnonymousAuthenticationToken(
                        "visitor", "visitor", AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")))
                .newWindow();
        window.getUI().setLocale(Locale.ENGLISH);
        window.navigate(path, Component.class);
        return window;
    }

    private static boolean shows(BrowserlessUIContext window, String id) {
        window.activate();
        window.roundTrip();
        return window.find(Component.class).withId(id).exists();
    }

    private static void within(Duration time, Supplier<Boolean> condition) {
        await().atMost(time)
                .pollInSameThread()
                .pollInterval(Duration.ofMillis(20))
                .until(condition::get);
    }

    private static boolean ready(ConfigurableApplicationContext node, String status) {
        var readiness = TestNodes.readiness(node);
        return readiness.startsWith("200 ") && readiness.contains("\"status\":\"" + status + "\"");
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }

    @Test
    void without_redis_both_nodes_serve_their_own_pages_degraded_and_when_it_is_back_updates_cross_and_pages_catch_up(
            CapturedOutput output) throws Exception {
        var binary = TestNodes.redisServerBinary();
        assumeThat(binary)
                .as("a redis-server binary to start and stop a server of this test's own")
                .isPresent();
        int port = TestNodes.freePort();
        startRedis(binary.get(), port);
        var url = "redis://127.0.0.1:" + port;
        nodes = new TestNodes();
        var c = nodes.start("c", url, "dialogue.limits.votes.per-minute=2");
        var d = nodes.start("d", url, "dialogue.limits.votes.per-minute=2");
        var programme = c.getBean(Fixtures.class).programme("OPEN");
        var residents = c.getBean(Residents.class);
        var pageOnC = visitor(c, programme.topicPath());
        var pageOnD = visitor(d, programme.topicPath());
        within(Duration.ofSeconds(5), () -> ready(c, "UP") && ready(d, "UP"));

        long before = residents.publishedQuestion(programme.topicId(), "Before the outage");
        within(Duration.ofSeconds(1), () -> shows(pageOnD, "question-" + before));

        stopRedis();
        within(Duration.ofSeconds(5), () -> ready(c, "DEGRADED") && ready(d, "DEGRADED"));

        // each node keeps serving its own pages, search and limits
        var word = "wombat" + UUID.randomUUID().toString().replaceAll("[^a-z]", "");
        long during = residents.publishedQuestion(programme.topicId(), "During the outage, " + word);
        within(Duration.ofSeconds(1), () -> shows(pageOnC, "question-" + during));
        assertThat(c.getBean(SearchService.class).search(SearchQuery.of(word)))
                .extracting(h -> h.id())
                .contains(during);
        var person = "person-" + UUID.randomUUID();
        assertThat(c.getBean(RateLimits.class).take(Limit.VOTES, person, null)).isEmpty();
        assertThat(c.getBean(RateLimits.class).take(Limit.VOTES, person, null)).isEmpty();
        assertThat(c.getBean(RateLimits.class).take(Limit.VOTES, person, null))
                .as("node C's own allowance")
                .isPresent();
        assertThat(d.getBean(RateLimits.class).take(Limit.VOTES, person, null))
                .as("node D counts on its own")
                .isEmpty();
        Thread.sleep(1000);
        assertThat(shows(pageOnD, "question-" + during))
                .as("node D did not hear of it")
                .isFalse();
        assertThat(count(output.getOut(), WARNING)).as("one warning per node").isEqualTo(2);

        startRedis(binary.get(), port);
        within(Duration.ofSeconds(10), () -> ready(c, "UP") && ready(d, "UP"));

        // the page open on D reloaded what it missed, and updates cross again
        within(Duration.ofSeconds(3), () -> shows(pageOnD, "question-" + during));
        within(
                Duration.ofSeconds(3),
                () -> d.getBean(SearchService.class).search(SearchQuery.of(word)).stream()
                        .anyMatch(h -> h.id() == during));
        long after = residents.publishedQuestion(programme.topicId(), "After the outage");
        within(Duration.ofSeconds(1), () -> shows(pageOnD, "question-" + after));
        assertThat(count(output.getOut(), WARNING)).isEqualTo(2);
    }

    @Test
    void a_node_whose_redis_is_not_there_when_it_starts_serves_its_own_pages_degraded(CapturedOutput output) {
        nodes = new TestNodes();
        var alone =
                nodes.start("alone", "redis://127.0.0.1:" + TestNodes.freePort(), "dialogue.limits.votes.per-minute=1");
        within(Duration.ofSeconds(5), () -> ready(alone, "DEGRADED"));

        var programme = alone.getBean(Fixtures.class).programme("OPEN");
        var page = visitor(alone, programme.topicPath());
        long id = alone.getBean(Residents.class)
                .publishedQuestion(programme.topicId(), "Asked while Redis was never there");
        within(Duration.ofSeconds(1), () -> shows(page, "question-" + id));
        var person = "person-" + UUID.randomUUID();
        assertThat(alone.getBean(RateLimits.class).take(Limit.VOTES, person, null))
                .isEmpty();
        assertThat(alone.getBean(RateLimits.class).take(Limit.VOTES, person, null))
                .as("counted on this node")
                .isPresent();
        assertThat(count(output.getOut(), WARNING)).isEqualTo(1);
    }
}
