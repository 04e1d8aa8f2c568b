package org.citizendialogue.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

import org.citizendialogue.support.Demo;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 11, finding 9, over real HTTP: the browser security headers on pages, personal and
 * back-office pages never cached, open data still cacheable, and behind a trusted TLS proxy
 * ({@code server.forward-headers-strategy=native}, switched on here) HSTS and a Secure session
 * cookie. Decision 020.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "server.forward-headers-strategy=native")
class SecurityHeadersHttpTest {

    private static final Pattern NONCE = Pattern.compile("script-src 'self' 'nonce-([A-Za-z0-9+/=_-]{22,})'");

    @LocalServerPort
    int port;

    @Test
    void pages_carry_the_content_security_policy_and_the_browser_headers() throws Exception {
        var visitor = client();
        for (var path : new String[] {"/", "/login", "/register", "/dialogues/" + Demo.DIALOGUE}) {
            var response = visitor.send(get(path).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            assertPolicy(path, response);
            assertBrowserHeaders(path, response);
            assertThat(response.headers().firstValue("Cache-Control").orElse(""))
                    .as(path)
                    .contains("no-store");
        }
        // a 404 is Vaadin's page in development mode and the error controller's in production mode
        for (var path : new String[] {"/no-such-page", "/questions/999999", "/dialogues/no-such"}) {
            var response = visitor.send(get(path).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(path).isEqualTo(404);
            var policy =
                    response.headers().firstValue("Content-Security-Policy").orElse("");
            assertThat(policy)
                    .as(path)
                    .contains("frame-ancestors 'none'")
                    .containsAnyOf("default-src 'self'", "default-src 'none'")
                    .doesNotContain("'unsafe-inline' 'unsafe-eval'");
            assertBrowserHeaders(path, response);
            assertThat(response.headers().firstValue("Cache-Control").orElse(""))
                    .as(path)
                    .contains("no-store");
        }
    }

    @Test
    void every_inline_script_of_the_bootstrap_page_carries_this_responses_nonce() throws Exception {
        var visitor = client();
        var first = visitor.send(get("/").build(), HttpResponse.BodyHandlers.ofString());
        var second = visitor.send(get("/").build(), HttpResponse.BodyHandlers.ofString());
        var nonce = nonce(first);
        assertThat(nonce).isNotEqualTo(nonce(second));
        var scripts = Pattern.compile("<script\\b[^>]*>")
                .matcher(first.body())
                .results()
                .map(r -> r.group())
                .toList();
        assertThat(scripts).isNotEmpty().allSatisfy(tag -> assertThat(tag).contains("nonce=\"" + nonce + "\""));
    }

    @Test
    void personal_and_back_office_pages_are_never_cached() throws Exception {
        for (var stop :
                new String[][] {{Demo.RESIDENT, "/me"}, {Demo.MODERATOR, "/moderation"}, {Demo.ADMIN, "/admin/accounts"}
                }) {
            var browser = signedIn(stop[0], Demo.PASSWORD);
            var response = browser.send(get(stop[1]).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(stop[1]).isEqualTo(200);
            var cache = response.headers().firstValue("Cache-Control").orElse("");
            assertThat(cache).as(stop[1]).contains("no-store").contains("no-cache");
            assertPolicy(stop[1], response);
            assertBrowserHeaders(stop[1], response);
        }
    }

    @Test
    void open_data_keeps_its_own_caching_and_health_is_not_cached() throws Exception {
        var visitor = client();
        for (var path : new String[] {
            "/api/dialogues/" + Demo.DIALOGUE + "/questions.json", "/api/dialogues/" + Demo.DIALOGUE + "/questions.csv"
        }) {
            var data = visitor.send(get(path).header("Accept", "*/*").build(), HttpResponse.BodyHandlers.ofString());
            assertThat(data.statusCode()).as(path).isEqualTo(200);
            assertThat(data.headers().allValues("Cache-Control")).as(path).containsExactly("max-age=60, public");
            assertThat(data.headers().firstValue("X-Content-Type-Options"))
                    .as(path)
                    .contains("nosniff");
        }
        var health = visitor.send(
                get("/actuator/health").header("Accept", "application/json").build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
        assertThat(health.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
    }

    @Test
    void behind_a_trusted_tls_proxy_hsts_is_sent_and_the_session_cookie_is_secure() throws Exception {
        var plain = client().send(get("/").build(), HttpResponse.BodyHandlers.discarding());
        assertThat(plain.headers().firstValue("Strict-Transport-Security"))
                .as("not over plain HTTP")
                .isEmpty();
        assertThat(plain.headers().allValues("Set-Cookie")).as("plain HTTP").noneMatch(c -> c.contains("Secure"));

        var proxied = client().send(
                        get("/").header("X-Forwarded-Proto", "https").build(), HttpResponse.BodyHandlers.discarding());
        assertThat(proxied.statusCode()).isEqualTo(200);
        assertThat(proxied.headers().firstValue("Strict-Transport-Security").orElse(""))
                .startsWith("max-age=31536000")
                .contains("includeSubDomains");
        var sessionCookie = proxied.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID="))
                .findFirst()
                .orElseThrow();
        assertThat(sessionCookie).contains("Secure").contains("HttpOnly").contains("SameSite=Lax");
    }

    private static void assertPolicy(String path, HttpResponse<?> response) {
        var policy = response.headers().firstValue("Content-Security-Policy").orElse("");
        assertThat(policy)
                .as(path)
                .contains(
                        "default-src 'self'",
                        "object-src 'none'",
                        "base-uri 'self'",
                        "frame-ancestors 'none'",
                        "form-action 'self'",
                        "connect-src 'self'",
                        "img-src 'self' data:",
                        "style-src 'self' 'unsafe-inline'")
                .doesNotContain("'unsafe-inline' 'unsafe-eval'", "*");
        assertThat(NONCE.matcher(policy).find()).as(path + ": " + policy).isTrue();
        var scripts = policy.substring(policy.indexOf("script-src"), policy.indexOf(';', policy.indexOf("script-src")));
        // Vaadin's client engine cannot start without 'unsafe-eval' (decision 020); inline scripts need the nonce
        assertThat(scripts).as(path).doesNotContain("'unsafe-inline'").doesNotContain("http");
    }

    private static void assertBrowserHeaders(String path, HttpResponse<?> response) {
        assertThat(response.headers().firstValue("X-Content-Type-Options"))
                .as(path)
                .contains("nosniff");
        assertThat(response.headers().firstValue("Referrer-Policy")).as(path).contains("same-origin");
        assertThat(response.headers().firstValue("X-Frame-Options")).as(path).contains("DENY");
    }

    private static String nonce(HttpResponse<?> response) {
        var m = NONCE.matcher(
                response.headers().firstValue("Content-Security-Policy").orElse(""));
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    private HttpClient client() {
        return HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    private HttpClient signedIn(String email, String password) throws Exception {
        var client = client();
        client.send(get("/login").build(), HttpResponse.BodyHandlers.discarding());
        var form = "username=" + URLEncoder.encode(email, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8);
        var response = client.send(
                HttpRequest.newBuilder(uri("/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.discarding());
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location").orElse(""))
                .as("signed in")
                .doesNotContain("error");
        return client;
    }

    private HttpRequest.Builder get(String path) {
        return HttpRequest.newBuilder(uri(path)).header("Accept", "text/html").header("Accept-Language", "en");
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }
}
