package org.citizendialogue.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

import org.assertj.core.api.Assertions;
import org.citizendialogue.support.Acting;
import org.citizendialogue.support.Demo;
import org.citizendialogue.support.Residents;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/**
 * Issue 11, "sessions ended": an admin ends a person's sessions (audited) and a suspension ends
 * them too; over real HTTP, the person's next request in each session is signed out.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "dialogue.session.max=4s")
class EndingSessionsTest {

    @LocalServerPort
    int port;

    @Autowired
    AccountAdmin accountAdmin;

    @Autowired
    Suspensions suspensions;

    @Autowired
    Residents residents;

    @Autowired
    Acting acting;

    @Autowired
    JdbcClient jdbc;

    @Test
    void an_admin_ends_every_session_of_a_person_and_it_is_audited() throws Exception {
        var email = residents.register("Signed In Twice");
        var phone = signedIn(email);
        var laptop = signedIn(email);
        assertThat(status(phone, "/me")).isEqualTo(200);
        assertThat(status(laptop, "/me")).isEqualTo(200);

        int ended = acting.as(Demo.ADMIN, () -> accountAdmin.endSessions(id(email)));

        assertThat(ended).isEqualTo(2);
        assertThat(status(phone, "/me")).isEqualTo(302);
        assertThat(status(laptop, "/me")).isEqualTo(302);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = 'SESSIONS_ENDED' AND target_id = :id")
                        .param("id", id(email))
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        Assertions.assertThatThrownBy(() -> acting.run(Demo.MODERATOR, () -> accountAdmin.endSessions(id(email))))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_suspension_signs_the_person_out() throws Exception {
        var email = residents.register("Soon Suspended");
        var browser = signedIn(email);
        assertThat(status(browser, "/me")).isEqualTo(200);

        acting.run(
                Demo.MODERATOR,
                () -> suspensions.suspend(id(email), "Spam", Instant.now().plus(Duration.ofDays(1))));

        assertThat(status(browser, "/me")).isEqualTo(302);
    }

    @Test
    void a_password_reset_signs_the_person_out_everywhere() throws Exception {
        var email = residents.register("Forgetful");
        var browser = signedIn(email);
        assertThat(status(browser, "/me")).isEqualTo(200);
        var token = "reset-" + System.nanoTime();
        jdbc.sql(
                        "INSERT INTO password_reset_token (account_id, token_hash, created_at, expires_at) VALUES (?, ?, NOW(6), NOW(6) + INTERVAL 1 HOUR)")
                .params(id(email), OneTimeTokens.hash(token))
                .update();

        resets.reset(token, "a brand new passphrase 2026");

        assertThat(status(browser, "/me")).isEqualTo(302);
    }

    @Autowired
    PasswordResets resets;

    @Test
    void a_session_ends_after_its_longest_life_however_active_and_the_session_id_never_travels_in_a_url()
            throws Exception {
        var email = residents.register("Long Day");
        var browser = signedIn(email);
        var page = browser.send(get("/me"), HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).doesNotContainIgnoringCase("jsessionid");
        var activeUntil = System.nanoTime() + Duration.ofMillis(2500).toNanos();
        while (System.nanoTime() < activeUntil) {
            assertThat(status(browser, "/me")).as("active all along").isEqualTo(200);
            Thread.sleep(400);
        }
        Thread.sleep(2000);
        assertThat(status(browser, "/me")).isEqualTo(302);
    }

    private long id(String email) {
        return acting.accountId(email);
    }

    private HttpClient signedIn(String email) throws Exception {
        var client = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        client.send(get("/login"), HttpResponse.BodyHandlers.discarding());
        var form = "username=" + URLEncoder.encode(email, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(Residents.PASSWORD, StandardCharsets.UTF_8);
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

    private int status(HttpClient client, String path) throws Exception {
        return client.send(get(path), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private HttpRequest get(String path) {
        return HttpRequest.newBuilder(uri(path)).build();
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }
}
