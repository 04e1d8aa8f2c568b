package org.citizendialogue.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.function.Supplier;

import org.citizendialogue.shared.limits.Limit;
import org.citizendialogue.shared.limits.RateLimitedException;
import org.citizendialogue.shared.limits.RateLimits;
import org.citizendialogue.shared.metrics.MetricsAccess;
import org.citizendialogue.submission.SubmissionService;
import org.citizendialogue.support.Acting;
import org.citizendialogue.support.Demo;
import org.citizendialogue.support.Residents;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

/**
 * Issue 18, item 10: the operators' figures are on /actuator/prometheus, read over real HTTP
 * from the loopback address, and refused to anybody else.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "dialogue.limits.reports.per-minute=1")
class MetricsTest {

    @LocalServerPort
    int port;

    @Autowired
    SubmissionService submissions;

    @Autowired
    Residents residents;

    @Autowired
    Acting acting;

    @Autowired
    RateLimits limits;

    @Autowired
    MetricsAccess access;

    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void the_portal_s_figures_are_scraped_from_the_loopback_address() throws Exception {
        var resident = residents.register("Metrics Tester");
        acting.run(resident, () -> submissions.ask(Demo.TOPIC_ID, "How many questions arrive per minute?"));
        var signIn = http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "username=resident%40example.org&password=not-the-password"))
                        .build(),
                HttpResponse.BodyHandlers.discarding());
        assertThat(signIn.statusCode()).isEqualTo(302);
        limits.consume(Limit.REPORTS, "metrics-test", "192.0.2.1");
        try {
            limits.consume(Limit.REPORTS, "metrics-test", "192.0.2.1");
        } catch (RateLimitedException expected) {
            // counted as a refusal
        }

        var scrape = http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/prometheus"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(scrape.statusCode()).isEqualTo(200);
        assertThat(scrape.body())
                .contains(
                        "dialogue_queue_pending ",
                        "dialogue_submissions_total{kind=\"question\"}",
                        "dialogue_signin_failures_total ",
                        "dialogue_ratelimit_refusals_total{limit=\"reports\"}",
                        "dialogue_push_delivery_seconds",
                        "dialogue_push_subscriptions ",
                        "dialogue_ui_open ",
                        "hikaricp_connections_active",
                        "hikaricp_connections_pending");
        assertThat(value(scrape.body(), "dialogue_signin_failures_total ")).isGreaterThanOrEqualTo(1);
        assertThat(value(scrape.body(), "dialogue_ratelimit_refusals_total{limit=\"reports\"} "))
                .isGreaterThanOrEqualTo(1);
    }

    @Test
    void other_addresses_are_refused_unless_an_admin_signed_in() {
        Supplier<Authentication> anonymous = () -> new AnonymousAuthenticationToken(
                "key", "anonymous", AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"));
        Supplier<Authentication> admin =
                () -> new TestingAuthenticationToken("admin", null, List.of(new SimpleGrantedAuthority("ROLE_ADMIN")));
        var outside = new MockHttpServletRequest("GET", "/actuator/prometheus");
        outside.setRemoteAddr("203.0.113.9");
        var inside = new MockHttpServletRequest("GET", "/actuator/prometheus");
        inside.setRemoteAddr("127.0.0.1");

        assertThat(access.authorize(anonymous, new RequestAuthorizationContext(outside))
                        .isGranted())
                .isFalse();
        assertThat(access.authorize(admin, new RequestAuthorizationContext(outside))
                        .isGranted())
                .isTrue();
        assertThat(access.authorize(anonymous, new RequestAuthorizationContext(inside))
                        .isGranted())
                .isTrue();
    }

    private static double value(String body, String prefix) {
        return body.lines()
                .filter(line -> line.startsWith(prefix))
                .mapToDouble(line ->
                        Double.parseDouble(line.substring(prefix.length()).strip()))
                .findFirst()
                .orElse(-1);
    }
}
