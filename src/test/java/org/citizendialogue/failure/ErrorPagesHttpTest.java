package org.citizendialogue.failure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.citizendialogue.programme.ProgrammeAdmin;
import org.citizendialogue.programme.ProgrammeDraft;
import org.citizendialogue.shared.Bilingual;
import org.citizendialogue.support.Acting;
import org.citizendialogue.support.Demo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Errors over real HTTP, as a visitor's browser or a script meets them: friendly pages with the
 * right status, never a redirect to the sign-in page, never a stack trace in the log for an
 * address someone crafted.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class ErrorPagesHttpTest {

    @LocalServerPort
    int port;

    @Autowired
    ProgrammeAdmin programmes;

    @Autowired
    Acting acting;

    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void unknown_routes_ids_and_slugs_answer_404_with_the_friendly_page() throws Exception {
        for (var path : new String[] {
            "/no-such-page",
            "/questions/999999",
            "/questions/not-a-number",
            "/dialogues/no-such",
            "/dialogues/no-such/topics/none"
        }) {
            var response = get(path, "en");
            assertThat(response.statusCode()).as(path).isEqualTo(404);
            assertThat(response.body()).as(path).contains("Page not found").doesNotContain("Exception");
        }
    }

    @Test
    void a_draft_programme_is_not_found_for_a_visitor() throws Exception {
        var slug = "draft-" + System.nanoTime();
        acting.run(
                Demo.ADMIN,
                () -> programmes.create(new ProgrammeDraft(
                        Bilingual.of(null, "A draft"),
                        slug,
                        Bilingual.of(null, "Guest"),
                        Bilingual.of(null, "Director"),
                        Bilingual.of(null, Demo.BUREAU),
                        Bilingual.of(null, "Not public yet."),
                        null,
                        Instant.parse("2026-03-01T02:00:00Z"),
                        "https://live.example.org/" + slug)));
        var response = get("/dialogues/" + slug, "en");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("Page not found");
    }

    @Test
    void the_not_found_page_speaks_chinese_to_a_chinese_browser() throws Exception {
        var response = get("/questions/999999", "zh-CN,zh;q=0.9");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(unescaped(response.body())).contains("页面未找到").doesNotContain("Exception");
    }

    @Test
    void crafted_addresses_answer_400_or_404_without_a_stack_trace(CapturedOutput output) throws Exception {
        for (var target : new String[] {
            "/questions/%",
            "/search?q=%",
            "/search?q=%E4%",
            "/dialogues/../admin",
            "/dialogues/%2e%2e/admin",
            "/api/dialogues/%/questions.json",
            "/questions/%00"
        }) {
            var raw = rawGet(target);
            var status = Integer.parseInt(raw.substring(9, 12));
            assertThat(status).as(target).isIn(400, 404);
            assertThat(raw).as(target).doesNotContain("Exception").doesNotContain("Apache Tomcat");
            assertThat(raw)
                    .as(target + " shows the friendly page:\n" + raw)
                    .containsAnyOf("This address is not valid", "Page not found", "\"status\":400", "\"status\":404");
        }
        assertThat(output.getAll()).as("no stack trace in the log").doesNotContain("\tat ");
    }

    @Test
    void open_data_refuses_writes_with_405_not_a_redirect_to_sign_in() throws Exception {
        for (var method : new String[] {"PUT", "POST", "DELETE"}) {
            var response = http.send(
                    HttpRequest.newBuilder(uri("/api/dialogues/" + Demo.DIALOGUE + "/questions.json"))
                            .method(method, HttpRequest.BodyPublishers.ofString("{}"))
                            .header("Content-Type", "application/json")
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(method).isEqualTo(405);
            assertThat(response.headers().firstValue("Location")).as(method).isEmpty();
        }
        var feed = http.send(
                HttpRequest.newBuilder(uri("/feeds/answers.atom"))
                        .PUT(HttpRequest.BodyPublishers.noBody())
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(feed.statusCode()).isEqualTo(405);
    }

    @Test
    void the_error_page_is_public() throws Exception {
        var response = get("/error", "en");
        assertThat(response.statusCode()).isNotIn(301, 302, 303, 401, 403);
        assertThat(response.headers().firstValue("Location")).isEmpty();
        var unknownData = get("/api/dialogues/no-such/questions.json", "en");
        assertThat(unknownData.statusCode()).isEqualTo(404);
        assertThat(unknownData.headers().firstValue("Location")).isEmpty();
    }

    private HttpResponse<String> get(String path, String language) throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(uri(path))
                        .header("Accept", "text/html")
                        .header("Accept-Language", language)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    /** A request line as a hostile client sends it, which java.net.URI would refuse to build. */
    private String rawGet(String target) throws IOException {
        try (var socket = new Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            var request = "GET " + target + " HTTP/1.1\r\nHost: localhost\r\nAccept: text/html\r\n"
                    + "Accept-Language: en\r\nConnection: close\r\n\r\n";
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Vaadin sends the first view inside the page as JSON, where Chinese may be \\u-escaped. */
    static String unescaped(String body) {
        var out = new StringBuilder();
        var m = Pattern.compile("\\\\u([0-9a-fA-F]{4})").matcher(body);
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(String.valueOf((char) Integer.parseInt(m.group(1), 16))));
        }
        m.appendTail(out);
        return out.toString();
    }
}
