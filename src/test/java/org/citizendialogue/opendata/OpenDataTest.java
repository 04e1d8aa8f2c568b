package org.citizendialogue.opendata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;

import org.citizendialogue.account.AccountService;
import org.citizendialogue.account.RegistrationDraft;
import org.citizendialogue.answer.AnswerDesk;
import org.citizendialogue.answer.AnswerForm;
import org.citizendialogue.answer.AnswerOutcome;
import org.citizendialogue.submission.SubmissionModeration;
import org.citizendialogue.submission.SubmissionService;
import org.citizendialogue.support.Acting;
import org.citizendialogue.support.Demo;
import org.citizendialogue.support.Fixtures;
import org.citizendialogue.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.w3c.dom.Element;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The open data over HTTP, through the real security filters, on the real database. */
@IntegrationTest
class OpenDataTest {

    private static final String ATOM = "http://www.w3.org/2005/Atom";
    private static final String BASE = "/api/dialogues/" + Demo.DIALOGUE;

    @Autowired
    AnswerDesk answers;

    @Autowired
    WebApplicationContext context;

    @Autowired
    SubmissionService submissions;

    @Autowired
    SubmissionModeration moderation;

    @Autowired
    AccountService accounts;

    @Autowired
    Acting acting;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Fixtures fixtures;

    MockMvc http;

    @BeforeEach
    void client() {
        http = MockMvcBuilders.webAppContextSetup(context)
                .apply(SecurityMockMvcConfigurers.springSecurity())
                .build();
    }

    private MockHttpServletResponse fetch(String path) throws Exception {
        return http.perform(get(path)).andReturn().getResponse();
    }

    private long published(String text) {
        var email = "open-" + System.nanoTime() + "@example.org";
        accounts.register(new RegistrationDraft(email, "开放数据 Tester", "a long enough passphrase", true));
        jdbc.sql("UPDATE account SET email_verified_at = NOW(6) WHERE email = ?")
                .param(email)
                .update();
        long id = acting.as(email, () -> submissions.ask(Demo.TOPIC_ID, text));
        int version = acting.as(Demo.MODERATOR, () -> moderation.pendingItem(id))
                .orElseThrow()
                .version();
        acting.run(Demo.MODERATOR, () -> moderation.approve(id, version));
        return id;
    }

    /** Parses RFC 4180 CSV (quoted fields with doubled quotes and line breaks), after the BOM. */
    static List<List<String>> parseCsv(String text) {
        var rows = new ArrayList<List<String>>();
        var row = new ArrayList<String>();
        var cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else {
                cell.append(c);
            }
        }
        return rows;
    }

    @Test
    void links_in_cacheable_open_data_use_the_configured_base_url_never_the_host_header() throws Exception {
        long id = published("Whose address is in the links?");
        for (var path : new String[] {
            "/api/dialogues/" + Demo.DIALOGUE + "/questions.csv",
            "/api/dialogues/" + Demo.DIALOGUE + "/questions.json",
            "/feeds/answers.atom"
        }) {
            var body = http.perform(get(path).header("Host", "evil.example").with(r -> {
                        r.setServerName("evil.example");
                        return r;
                    }))
                    .andReturn()
                    .getResponse()
                    .getContentAsString(StandardCharsets.UTF_8);
            assertThat(body).as(path).doesNotContain("evil.example");
        }
        assertThat(fetch("/api/dialogues/" + Demo.DIALOGUE + "/questions.csv")
                        .getContentAsString(StandardCharsets.UTF_8))
                .contains("http://localhost:8080/questions/" + id);
    }

    @Test
    void csv_is_utf8_with_bom_quoted_per_rfc_4180_and_spreadsheet_safe() throws Exception {
        var formula = "=SUM(A1:A9) asks \"why\", then\nwhy not? 自动驾驶🚗";
        long formulaId = published(formula);
        long atId = published("@cmd|' /C calc'!A0 is not a formula here");
        long plusId = published("+86 is the country code");

        var response = fetch(BASE + "/questions.csv");
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(MediaType.parseMediaType(response.getContentType())).satisfies(type -> {
            assertThat(type.getType()).isEqualTo("text");
            assertThat(type.getSubtype()).isEqualTo("csv");
            assertThat(type.getCharset()).isEqualTo(StandardCharsets.UTF_8);
        });
        var bytes = response.getContentAsByteArray();
        assertThat(bytes).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        var text = new String(bytes, StandardCharsets.UTF_8).substring(1);
        assertThat(text).contains("\"'=SUM(A1:A9) asks \"\"why\"\", then\nwhy not? 自动驾驶🚗\"");
        assertThat(text).endsWith("\r\n");

        var rows = parseCsv(text);
        assertThat(rows.getFirst()).containsExactlyElementsOf(OpenDataFormats.CSV_HEADER);
        assertThat(rows).allSatisfy(r -> assertThat(r).hasSize(OpenDataFormats.CSV_HEADER.size()));
        var byId = new HashMap<String, List<String>>();
        rows.stream().skip(1).forEach(r -> byId.put(r.get(0), r));
        assertThat(byId.get(String.valueOf(formulaId)).get(4)).isEqualTo("'" + formula);
        assertThat(byId.get(String.valueOf(formulaId)).get(5)).startsWith("开放数据");
        assertThat(byId.get(String.valueOf(atId)).get(4)).startsWith("'@cmd");
        assertThat(byId.get(String.valueOf(plusId)).get(4)).startsWith("'+86");
        var nine = byId.get("9");
        assertThat(nine.get(2)).isEqualTo("digital-cities");
        assertThat(nine.get(4)).endsWith("🚗").contains("自动驾驶");
        assertThat(nine.get(5)).isEqualTo("黄晓雨");
        assertThat(nine.get(6))
                .isEqualTo(String.valueOf(jdbc.sql("SELECT vote_count FROM submission WHERE id = 9")
                        .query(Integer.class)
                        .single()));
        assertThat(nine.get(7)).isEqualTo("answered");
        assertThat(nine.get(8)).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");
        assertThat(nine.get(13)).isEqualTo(Demo.BUREAU);
        assertThat(nine.get(14)).startsWith("Spokesperson");
        assertThat(nine.get(17)).isEqualTo("answered");
        assertThat(byId).as("only published questions").doesNotContainKeys("23", "25", "54", "6");
        assertThat(byId.get("4").get(7)).isEqualTo("open");
        assertThat(byId.get("4").get(12)).isEmpty();
    }

    @Test
    void json_has_a_version_the_programme_and_published_questions_with_answers() throws Exception {
        var text = "JSON \"quotes\" \\ and 中文 🚗\nline two";
        long id = published(text);
        var response = fetch(BASE + "/questions.json");
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(MediaType.parseMediaType(response.getContentType()).isCompatibleWith(MediaType.APPLICATION_JSON))
                .isTrue();
        JsonNode root = JsonMapper.builder().build().readTree(response.getContentAsByteArray());
        assertThat(root.get("version").asInt()).isEqualTo(1);
        assertThat(root.get("dialogue").get("slug").asString()).isEqualTo(Demo.DIALOGUE);
        assertThat(root.get("dialogue").get("bureau").asString()).isEqualTo(Demo.BUREAU);
        var questions = new ArrayList<JsonNode>();
        root.get("questions").forEach(questions::add);
        assertThat(questions)
                .extracting(q -> q.get("id").asLong())
                .contains(9L, id)
                .doesNotContain(23L, 25L, 54L, 6L);
        var mine = questions.stream()
                .filter(q -> q.get("id").asLong() == id)
                .findFirst()
                .orElseThrow();
        assertThat(mine.get("body").asString()).isEqualTo(text);
        assertThat(mine.get("state").asString()).isEqualTo("open");
        assertThat(mine.get("votes").asInt()).isZero();
        assertThat(mine.get("answer").isNull()).isTrue();
        assertThat(mine.get("topic").get("slug").asString()).isEqualTo("benchmark-city");
        var nine = questions.stream()
                .filter(q -> q.get("id").asLong() == 9)
                .findFirst()
                .orElseThrow();
        assertThat(nine.get("author").asString()).isEqualTo("黄晓雨");
        assertThat(nine.get("state").asString()).isEqualTo("answered");
        assertThat(nine.get("url").asString()).endsWith("/questions/9");
        assertThat(nine.get("publishedAt").asString()).endsWith("Z");
        var answer = nine.get("answer");
        assertThat(answer.get("bureau").asString()).isEqualTo(Demo.BUREAU);
        assertThat(answer.get("officialTitle").asString()).startsWith("Spokesperson");
        assertThat(answer.get("body").asString())
                .as("as in version 1: the English text")
                .contains("autonomous driving");
        assertThat(answer.get("bodyZh").asString()).contains("自动驾驶");
        assertThat(answer.get("bodyEn").asString()).isEqualTo(answer.get("body").asString());
        assertThat(answer.get("bureauZh").asString()).isEqualTo(Demo.BUREAU_ZH);
        assertThat(OffsetDateTime.parse(answer.get("publishedAt").asString())).isNotNull();
        assertThat(answer.get("state").asString()).isEqualTo("answered");
    }

    @Test
    void a_forwarded_and_a_promised_answer_say_so_in_both_exports() throws Exception {
        long forwarded = published("Who looks after the 5G base station permits in Tongzhou?");
        long later = published("When will the computing power vouchers for small firms open?");
        acting.run(
                Demo.STAFF,
                () -> answers.publish(
                        forwarded,
                        new AnswerForm(
                                AnswerOutcome.FORWARDED,
                                "Handed to the district office.",
                                "Tongzhou District Government",
                                "12345 hotline",
                                null,
                                null,
                                null),
                        null));
        acting.run(
                Demo.STAFF,
                () -> answers.publish(
                        later,
                        new AnswerForm(
                                AnswerOutcome.LATER,
                                "We will announce it with the budget.",
                                null,
                                null,
                                LocalDate.of(2027, 3, 31),
                                null,
                                null),
                        null));

        var csv = parseCsv(new String(fetch(BASE + "/questions.csv").getContentAsByteArray(), StandardCharsets.UTF_8)
                .substring(1));
        var header = csv.getFirst();
        var byId = new HashMap<String, List<String>>();
        csv.stream().skip(1).forEach(r -> byId.put(r.get(0), r));
        var f = byId.get(String.valueOf(forwarded));
        assertThat(f.get(header.indexOf("answer_state"))).isEqualTo("forwarded");
        assertThat(f.get(header.indexOf("answer_department"))).isEqualTo("Tongzhou District Government");
        assertThat(byId.get(String.valueOf(later)).get(header.indexOf("answer_promised_date")))
                .isEqualTo("2027-03-31");

        JsonNode root = JsonMapper.builder()
                .build()
                .readTree(fetch(BASE + "/questions.json").getContentAsByteArray());
        var answersById = new HashMap<Long, JsonNode>();
        root.get("questions").forEach(q -> answersById.put(q.get("id").asLong(), q.get("answer")));
        assertThat(answersById.get(forwarded).get("state").asString()).isEqualTo("forwarded");
        assertThat(answersById.get(forwarded).get("department").asString()).isEqualTo("Tongzhou District Government");
        assertThat(answersById.get(later).get("state").asString()).isEqualTo("later");
        assertThat(answersById.get(later).get("promisedDate").asString()).isEqualTo("2027-03-31");
    }

    @Test
    void responses_are_cacheable_for_a_minute_with_an_etag_and_revalidate_to_304() throws Exception {
        for (var path : List.of(
                BASE + "/questions.csv",
                BASE + "/questions.json",
                "/feeds/answers.atom",
                "/feeds/dialogues/" + Demo.DIALOGUE + "/answers.atom")) {
            var first = fetch(path);
            assertThat(first.getHeader("Cache-Control"))
                    .as(path)
                    .contains("max-age=60")
                    .contains("public");
            var etag = first.getHeader("ETag");
            assertThat(etag).as(path).isNotBlank();
            var again = http.perform(get(path).header("If-None-Match", etag))
                    .andReturn()
                    .getResponse();
            assertThat(again.getStatus()).as(path).isEqualTo(304);
        }
    }

    @Test
    void unknown_and_draft_programmes_are_not_found() throws Exception {
        var draft = fixtures.programme("DRAFT").slug();
        for (var slug : List.of("no-such-programme", draft)) {
            assertThat(fetch("/api/dialogues/" + slug + "/questions.csv").getStatus())
                    .isEqualTo(404);
            assertThat(fetch("/api/dialogues/" + slug + "/questions.json").getStatus())
                    .isEqualTo(404);
            assertThat(fetch("/feeds/dialogues/" + slug + "/answers.atom").getStatus())
                    .isEqualTo(404);
        }
    }

    @Test
    void atom_feeds_follow_the_atom_rules_for_feed_and_entries() throws Exception {
        for (var path : List.of("/feeds/answers.atom", "/feeds/dialogues/" + Demo.DIALOGUE + "/answers.atom")) {
            var response = fetch(path);
            assertThat(response.getStatus()).isEqualTo(200);
            assertThat(MediaType.parseMediaType(response.getContentType())
                            .isCompatibleWith(MediaType.parseMediaType("application/atom+xml")))
                    .isTrue();
            var factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            var feed = factory.newDocumentBuilder()
                    .parse(new ByteArrayInputStream(response.getContentAsByteArray()))
                    .getDocumentElement();
            assertThat(feed.getNamespaceURI()).isEqualTo(ATOM);
            assertThat(feed.getLocalName()).isEqualTo("feed");
            assertThat(child(feed, "id").getTextContent()).startsWith("tag:");
            assertThat(child(feed, "title").getTextContent()).isNotBlank();
            assertThat(OffsetDateTime.parse(child(feed, "updated").getTextContent()))
                    .isNotNull();
            assertThat(links(feed, "self"))
                    .singleElement()
                    .satisfies(href -> assertThat(href).endsWith(path));
            assertThat(links(feed, "alternate")).hasSize(1);
            var entries = children(feed, "entry");
            assertThat(entries).isNotEmpty();
            var ids = new HashSet<String>();
            for (var entry : entries) {
                var id = child(entry, "id").getTextContent();
                assertThat(id).startsWith("tag:").contains(":answer/");
                assertThat(ids.add(id)).as("ids are unique").isTrue();
                assertThat(child(entry, "title").getTextContent()).isNotBlank();
                assertThat(OffsetDateTime.parse(child(entry, "updated").getTextContent()))
                        .isNotNull();
                assertThat(links(entry, "alternate"))
                        .singleElement()
                        .satisfies(href -> assertThat(href).matches("https?://[^/]+/questions/\\d+"));
                assertThat(child(child(entry, "author"), "name").getTextContent())
                        .isEqualTo(Demo.BUREAU);
                assertThat(child(entry, "content").getTextContent()).isNotBlank();
            }
            assertThat(ids)
                    .as("never the demo's draft answer 9")
                    .doesNotContain("tag:citizen-dialogue.example,2026:answer/9");
            var answerIds = ids.stream()
                    .map(i -> Long.parseLong(i.substring(i.lastIndexOf('/') + 1)))
                    .toList();
            assertThat(jdbc.sql("SELECT COUNT(*) FROM answer WHERE id IN (:ids) AND status = 'PUBLISHED'")
                            .param("ids", answerIds)
                            .query(Long.class)
                            .single())
                    .as("only published answers")
                    .isEqualTo(answerIds.size());
        }
    }

    @Test
    void feeds_have_a_language_and_the_exports_carry_both_versions() throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        var path = "/feeds/dialogues/" + Demo.DIALOGUE + "/answers.atom";
        var english = factory.newDocumentBuilder()
                .parse(new ByteArrayInputStream(fetch(path).getContentAsByteArray()))
                .getDocumentElement();
        assertThat(english.getAttributeNS("http://www.w3.org/XML/1998/namespace", "lang"))
                .isEqualTo("en");
        assertThat(child(english, "title").getTextContent())
                .isEqualTo("Building a global digital economy benchmark city: published answers");
        var chinese = factory.newDocumentBuilder()
                .parse(new ByteArrayInputStream(fetch(path + "?lang=zh").getContentAsByteArray()))
                .getDocumentElement();
        assertThat(chinese.getAttributeNS("http://www.w3.org/XML/1998/namespace", "lang"))
                .isEqualTo("zh-CN");
        assertThat(child(chinese, "title").getTextContent()).isEqualTo("建设全球数字经济标杆城市：已发布的答复");
        assertThat(child(chinese, "id").getTextContent())
                .as("another feed, another id")
                .isNotEqualTo(child(english, "id").getTextContent())
                .endsWith("/zh");
        assertThat(links(chinese, "self"))
                .singleElement()
                .satisfies(href -> assertThat(href).endsWith(path + "?lang=zh"));
        for (var entry : children(chinese, "entry")) {
            assertThat(child(child(entry, "author"), "name").getTextContent()).isEqualTo(Demo.BUREAU_ZH);
            assertThat(child(entry, "title").getTextContent()).startsWith("对问题 ");
        }
        assertThat(children(chinese, "entry"))
                .anySatisfy(
                        e -> assertThat(child(e, "content").getTextContent()).contains("5G基站7.5万个"));
        assertThat(children(chinese, "entry"))
                .as("signed with the Chinese title")
                .anySatisfy(
                        e -> assertThat(child(e, "content").getTextContent()).contains("— 北京市经济和信息化局新闻发言人，北京市经济和信息化局"));

        var csv = parseCsv(new String(fetch(BASE + "/questions.csv").getContentAsByteArray(), StandardCharsets.UTF_8)
                .substring(1));
        var header = csv.getFirst();
        assertThat(header)
                .as("new fields at the end, the old ones where they were")
                .endsWith(
                        "topic_title_zh",
                        "topic_title_en",
                        "answer_zh",
                        "answer_en",
                        "answer_bureau_zh",
                        "answer_bureau_en",
                        "answer_official_title_zh",
                        "answer_official_title_en");
        assertThat(header.indexOf("topic_title")).isEqualTo(3);
        var nine = csv.stream().filter(r -> r.get(0).equals("9")).findFirst().orElseThrow();
        assertThat(nine.get(header.indexOf("topic_title_zh"))).isEqualTo("数字赋能城市");
        assertThat(nine.get(header.indexOf("topic_title"))).isEqualTo("Digitally empowered cities");
        assertThat(nine.get(header.indexOf("answer_zh"))).contains("自动驾驶");
        assertThat(nine.get(header.indexOf("answer_bureau_en"))).isEqualTo(Demo.BUREAU);
        assertThat(nine.get(header.indexOf("answer_official_title_zh"))).isEqualTo("北京市经济和信息化局新闻发言人");
        assertThat(nine.get(header.indexOf("answer_official_title"))).startsWith("Spokesperson");

        JsonNode root = JsonMapper.builder()
                .build()
                .readTree(fetch(BASE + "/questions.json").getContentAsByteArray());
        assertThat(root.get("version").asInt()).isEqualTo(1);
        var dialogue = root.get("dialogue");
        assertThat(dialogue.get("title").asString()).isEqualTo("Building a global digital economy benchmark city");
        assertThat(dialogue.get("titleZh").asString()).isEqualTo("建设全球数字经济标杆城市");
        assertThat(dialogue.get("guestZh").asString()).isEqualTo("张劲松");
        assertThat(dialogue.get("guestTitleZh").asString()).isEqualTo("北京市经济和信息化局党组书记、局长");
        assertThat(dialogue.get("bureauZh").asString()).isEqualTo(Demo.BUREAU_ZH);
    }

    private static List<Element> children(Element parent, String name) {
        var list = new ArrayList<Element>();
        var nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof Element e
                    && ATOM.equals(e.getNamespaceURI())
                    && name.equals(e.getLocalName())) {
                list.add(e);
            }
        }
        return list;
    }

    private static Element child(Element parent, String name) {
        var found = children(parent, name);
        assertThat(found).as(name).hasSize(1);
        return found.getFirst();
    }

    private static List<String> links(Element parent, String rel) {
        return children(parent, "link").stream()
                .filter(l -> rel.equals(l.getAttribute("rel")))
                .map(l -> l.getAttribute("href"))
                .toList();
    }
}
