package org.citizendialogue.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.citizendialogue.shared.Roles;
import org.citizendialogue.support.Acting;
import org.citizendialogue.support.Demo;
import org.citizendialogue.support.Residents;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;

/**
 * Issue 11, finding 10: security events go to the logger {@code security}, one line each, with
 * the account or the e-mail typed and the client address; a typed e-mail cannot forge a line, and
 * no line holds a password or a session id. Decision 020.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SecurityEventsTest {

    @LocalServerPort
    int port;

    @Autowired
    Residents residents;

    @Autowired
    Acting acting;

    @Autowired
    AccountAdmin accountAdmin;

    @Autowired
    Suspensions suspensions;

    @Autowired
    JdbcClient jdbc;

    private final ListAppender<ILoggingEvent> captured = new ListAppender<>();

    @BeforeEach
    void capture() {
        captured.start();
        ((Logger) LoggerFactory.getLogger("security")).addAppender(captured);
    }

    @AfterEach
    void release() {
        ((Logger) LoggerFactory.getLogger("security")).detachAppender(captured);
    }

    @Test
    void a_sign_in_is_one_line_with_the_account_and_address_and_no_secret() throws Exception {
        var email = residents.register("Logged Signer");
        var browser = client();
        var response = signIn(browser, email, Residents.PASSWORD);
        assertThat(response.headers().firstValue("Location").orElse("")).doesNotContain("error");

        assertThat(lines("SIGN_IN "))
                .singleElement()
                .satisfies(line ->
                        assertThat(line).contains("account=" + id(email)).contains("address=127.0.0.1"));
        assertNoSecrets(browser, Residents.PASSWORD);
    }

    @Test
    void a_failed_sign_in_names_the_typed_email_encoded_so_it_cannot_forge_a_line() throws Exception {
        var typed = "nobody-" + System.nanoTime() + "@example.org\r\nSIGN_IN account=1 address=10.0.0.1";
        var browser = client();
        var response = signIn(browser, typed, "a wrong password 123");
        assertThat(response.headers().firstValue("Location").orElse("")).contains("error");

        assertThat(lines("SIGN_IN_FAILED"))
                .singleElement()
                .satisfies(line -> assertThat(line)
                        .contains(typed.substring(0, typed.indexOf('\r')) + "\\r\\nSIGN_IN account=1")
                        .contains("address=127.0.0.1")
                        .doesNotContain("\r")
                        .doesNotContain("\n"));
        assertThat(lines("SIGN_IN ")).as("no forged success line").isEmpty();
        assertNoSecrets(browser, "a wrong password 123");
    }

    @Test
    void an_access_denial_is_one_line() throws Exception {
        var browser = client();
        var response =
                browser.send(get("/me?token=secret-" + System.nanoTime()), HttpResponse.BodyHandlers.discarding());
        assertThat(response.statusCode()).isEqualTo(302);

        assertThat(lines("ACCESS_DENIED"))
                .filteredOn(line -> line.contains("\"GET /me\""))
                .singleElement()
                .satisfies(line -> assertThat(line)
                        .contains("account=anonymous")
                        .contains("address=127.0.0.1")
                        .as("no query, which may hold a token")
                        .doesNotContain("secret-"));

        var email = residents.register("Plain Resident");
        var resident = client();
        signIn(resident, email, Residents.PASSWORD);
        resident.send(get("/moderation"), HttpResponse.BodyHandlers.discarding());
        assertThat(lines("NAVIGATION_DENIED"))
                .filteredOn(line -> line.contains("account=" + id(email) + " "))
                .singleElement()
                .satisfies(line ->
                        assertThat(line).contains("target=\"/moderation\"").contains("address=127.0.0.1"));

        assertThatThrownBy(() -> acting.run(email, () -> accountAdmin.endSessions(1)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(lines("ACCESS_DENIED"))
                .filteredOn(line -> line.contains("AccountAdmin.endSessions"))
                .singleElement()
                .satisfies(line -> assertThat(line).contains("account=" + id(email)));
    }

    @Test
    void role_changes_suspensions_and_ended_sessions_are_one_line_each() throws Exception {
        var email = residents.register("Promoted Then Suspended");
        var account = id(email);
        var admin = id(Demo.ADMIN);
        var browser = client();
        signIn(browser, email, Residents.PASSWORD);

        acting.run(Demo.ADMIN, () -> accountAdmin.grant(account, Roles.MODERATOR));
        acting.run(Demo.ADMIN, () -> accountAdmin.revoke(account, Roles.MODERATOR));
        acting.run(
                Demo.ADMIN,
                () -> suspensions.suspend(account, "Spam", Instant.now().plus(Duration.ofDays(1))));

        assertThat(lines("ROLE_GRANTED"))
                .filteredOn(line -> line.contains("account=" + account + " "))
                .singleElement()
                .satisfies(line -> assertThat(line).contains("role=MODERATOR").contains("by=" + admin));
        assertThat(lines("ROLE_REVOKED"))
                .filteredOn(line -> line.contains("account=" + account + " "))
                .singleElement()
                .satisfies(line -> assertThat(line).contains("role=MODERATOR").contains("by=" + admin));
        assertThat(lines("ACCOUNT_SUSPENDED"))
                .filteredOn(line -> line.contains("account=" + account + " "))
                .singleElement()
                .satisfies(line -> assertThat(line).contains("by=" + admin));
        assertThat(lines("SESSIONS_ENDED"))
                .filteredOn(line -> line.contains("account=" + account + " "))
                .singleElement()
                .satisfies(line -> assertThat(line).contains("sessions=1"));
        assertNoSecrets(browser, Residents.PASSWORD);
    }

    @Test
    void password_changes_and_resets_are_one_line_each_without_the_password_or_token() throws Exception {
        var email = residents.register("Changing Passwords");
        var account = id(email);
        var changed = "a changed passphrase 2026";
        acting.run(email, () -> accounts.changePassword(Residents.PASSWORD, changed));
        passwordResets.request(email);
        var token = "reset-" + System.nanoTime();
        jdbc.sql(
                        "INSERT INTO password_reset_token (account_id, token_hash, created_at, expires_at) VALUES (?, ?, NOW(6), NOW(6) + INTERVAL 1 HOUR)")
                .params(account, OneTimeTokens.hash(token))
                .update();
        var reset = "a reset passphrase 2026";
        passwordResets.reset(token, reset);

        for (var kind : new String[] {"PASSWORD_CHANGED", "PASSWORD_RESET_REQUESTED", "PASSWORD_RESET "}) {
            assertThat(lines(kind))
                    .as(kind)
                    .filteredOn(line -> line.contains("account=" + account + " "))
                    .hasSize(1);
        }
        assertThat(captured.list)
                .allSatisfy(event -> assertThat(event.getFormattedMessage())
                        .doesNotContain(changed)
                        .doesNotContain(reset)
                        .doesNotContain(token)
                        .doesNotContain(Residents.PASSWORD));
    }

    @Autowired
    AccountService accounts;

    @Autowired
    PasswordResets passwordResets;

    private List<String> lines(String kind) {
        return captured.list.stream()
                .map(ILoggingEvent::getFormattedMessage)
                .filter(m -> m.startsWith(kind))
                .toList();
    }

    private void assertNoSecrets(HttpClient browser, String password) {
        var sessionIds = ((CookieManager) browser.cookieHandler().orElseThrow())
                .getCookieStore().getCookies().stream()
                        .filter(c -> c.getName().equals("JSESSIONID"))
                        .map(c -> c.getValue())
                        .toList();
        assertThat(captured.list).isNotEmpty().allSatisfy(event -> {
            var line = event.getFormattedMessage();
            assertThat(line)
                    .doesNotContain(password)
                    .doesNotContain(Demo.PASSWORD)
                    .doesNotContainIgnoringCase("sessionid");
            sessionIds.forEach(id -> assertThat(line).doesNotContain(id));
        });
    }

    private long id(String email) {
        return acting.accountId(email);
    }

    private HttpClient client() {
        return HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    private HttpResponse<Void> signIn(HttpClient client, String email, String password) throws Exception {
        client.send(get("/login"), HttpResponse.BodyHandlers.discarding());
        var form = "username=" + URLEncoder.encode(email, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8);
        var response = client.send(
                HttpRequest.newBuilder(uri("/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.discarding());
        assertThat(response.statusCode()).isEqualTo(302);
        return response;
    }

    private HttpRequest get(String path) {
        return HttpRequest.newBuilder(uri(path)).header("Accept", "text/html").build();
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }
}
