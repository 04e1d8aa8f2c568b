package org.citizendialogue.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;

import org.citizendialogue.support.Demo;
import org.citizendialogue.support.Fixtures;
import org.citizendialogue.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The scorecard on MariaDB (issue 17, part 2), on a fixture bureau with two programmes of known
 * figures: each rate exactly, the latest rated version counting, the small-number rule, and the
 * period filter.
 */
@IntegrationTest
class ScorecardTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @Autowired
    ScorecardService scorecards;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    WebApplicationContext context;

    private final Instant now = Instant.now();
    private final LocalDate today = LocalDate.now(ZONE);

    private long dialogue;
    private long topic;

    private String programme(String bureauName) {
        var made = fixtures.programme("CLOSED", bureauName);
        dialogue = made.dialogueId();
        topic = made.topicId();
        return made.slug();
    }

    /** A published question; answeredAfter null: not answered. Returns its id. */
    private long question(Duration publishedAgo, Duration answeredAfter) {
        var published = now.minus(publishedAgo);
        var answered = answeredAfter == null ? null : published.plus(answeredAfter);
        jdbc.sql("""
                INSERT INTO submission (kind, dialogue_id, topic_id, author_id, author_name, body, status, submitted_at, decided_at, decided_by, answered_at)
                VALUES ('QUESTION', ?, ?, 5, 'Zhao Lei', 'Scorecard fixture', 'PUBLISHED', ?, ?, 2, ?)
                """)
                .params(
                        dialogue,
                        topic,
                        Timestamp.from(published.minusSeconds(600)),
                        Timestamp.from(published),
                        answered == null ? null : Timestamp.from(answered))
                .update();
        long id = jdbc.sql("SELECT MAX(id) FROM submission").query(Long.class).single();
        if (answered != null) {
            jdbc.sql("""
                    INSERT INTO answer (question_id, dialogue_id, author_id, author_title, bureau_name, body, status, state, created_at, updated_at, published_at)
                    VALUES (?, ?, 3, 'Spokesperson', ?, 'Answer', 'PUBLISHED', 'ANSWERED', ?, ?, ?)
                    """)
                    .params(
                            id,
                            dialogue,
                            Demo.BUREAU,
                            Timestamp.from(answered),
                            Timestamp.from(answered),
                            Timestamp.from(answered))
                    .update(); // signed like every test answer: the feeds' tests read the latest ones
        }
        return id;
    }

    private long answerOf(long questionId) {
        return jdbc.sql("SELECT id FROM answer WHERE question_id = ?")
                .param(questionId)
                .query(Long.class)
                .single();
    }

    private void verdict(long questionId, int revision, String rating) {
        jdbc.sql("""
                INSERT INTO answer_verdict (answer_id, question_id, dialogue_id, revision_no, account_id, rating, rated_at, changed_at)
                VALUES (?, ?, ?, ?, 5, ?, NOW(6), NOW(6))
                """)
                .params(answerOf(questionId), questionId, dialogue, revision, rating)
                .update();
    }

    private void commitment(long questionId, LocalDate due, String status, LocalDate doneOn) {
        var changed = doneOn == null ? now : doneOn.atTime(12, 0).atZone(ZONE).toInstant();
        jdbc.sql("""
                INSERT INTO commitment (answer_id, question_id, body, due_date, status, created_at, updated_at)
                VALUES (?, ?, 'Fixture commitment', ?, ?, NOW(6), ?)
                """)
                .params(answerOf(questionId), questionId, due, status, Timestamp.from(changed))
                .update();
    }

    @Test
    void each_rate_exactly_with_the_small_number_rule_and_the_period() throws Exception {
        var name = "Scorecard Bureau " + System.nanoTime();
        var big = programme(name);
        var days20 = Duration.ofDays(20);
        var answered = new long[10];
        for (int i = 0; i < 9; i++) {
            answered[i] = question(days20, Duration.ofHours(i + 1)); // 1 h … 9 h: within 7 days
        }
        answered[9] = question(days20, Duration.ofDays(10)); // late
        question(days20, null);
        question(days20, null); // two never answered, their 7 days are over
        question(Duration.ofDays(2), null); // its 7 days are not over: not counted yet
        long outside = question(Duration.ofDays(100), Duration.ofHours(1)); // before the period below
        // ratings: the first question's latest version counts (satisfied after not satisfied)
        verdict(answered[0], 1, "NOT_SATISFIED");
        verdict(answered[0], 2, "SATISFIED");
        for (int i = 1; i <= 4; i++) {
            verdict(answered[i], 1, "SATISFIED");
        }
        verdict(answered[5], 1, "PARTLY");
        verdict(answered[6], 1, "PARTLY");
        for (int i = 7; i <= 9; i++) {
            verdict(answered[i], 1, "NOT_SATISFIED");
        }
        verdict(outside, 1, "NOT_SATISFIED");
        // commitments due in the period: 8 done on time, 1 done late, 1 still open; 1 not due yet
        var due = today.minusDays(10);
        for (int i = 0; i < 8; i++) {
            commitment(answered[i], due, "DONE", due.minusDays(1));
        }
        commitment(answered[8], due, "DONE", due.plusDays(2));
        commitment(answered[9], due, "OPEN", null);
        commitment(answered[9], today.plusDays(10), "OPEN", null);

        var small = programme(name);
        long s1 = question(days20, Duration.ofHours(2));
        long s2 = question(days20, Duration.ofHours(4));
        question(days20, null);
        verdict(s1, 1, "SATISFIED");
        verdict(s2, 1, "PARTLY");

        var card = scorecards.of(today.minusDays(60), today, null);
        var bigFigures = card.programmes().stream()
                .filter(f -> f.key().equals(big))
                .findFirst()
                .orElseThrow();
        assertThat(bigFigures.response()).isEqualTo(new Share(9, 12));
        assertThat(bigFigures.response().percent().getAsDouble()).isEqualTo(75.0);
        assertThat(bigFigures.resolution()).isEqualTo(new Share(8, 10));
        assertThat(bigFigures.resolution().percent().getAsDouble()).isEqualTo(80.0);
        assertThat(bigFigures.satisfaction()).isEqualTo(new Satisfaction(5, 2, 3));
        assertThat(bigFigures.satisfaction().percent().getAsDouble())
                .as("(5 + 2/2) / 10")
                .isEqualTo(60.0);
        assertThat(bigFigures.medianToAnswer())
                .as("1 h … 9 h and 10 days: between 5 h and 6 h")
                .isEqualTo(Duration.ofMinutes(330));

        var smallFigures = card.programmes().stream()
                .filter(f -> f.key().equals(small))
                .findFirst()
                .orElseThrow();
        assertThat(smallFigures.response()).isEqualTo(new Share(2, 3));
        assertThat(smallFigures.response().percent())
                .as("fewer than ten: counts only")
                .isEmpty();
        assertThat(smallFigures.satisfaction()).isEqualTo(new Satisfaction(1, 1, 0));
        assertThat(smallFigures.satisfaction().percent()).isEmpty();
        assertThat(smallFigures.resolution()).isEqualTo(new Share(0, 0));

        var bureauFigures = card.bureaus().stream()
                .filter(f -> f.key().equals(name))
                .findFirst()
                .orElseThrow();
        assertThat(bureauFigures.response()).isEqualTo(new Share(11, 15));
        assertThat(bureauFigures.satisfaction()).isEqualTo(new Satisfaction(6, 3, 3));
        assertThat(bureauFigures.satisfaction().percent().getAsDouble()).isEqualTo(62.5);

        var one = scorecards.of(today.minusDays(60), today, big);
        assertThat(one.programmes()).extracting(ScorecardFigures::key).containsExactly(big);
        assertThat(one.all().response()).isEqualTo(new Share(9, 12));

        var wider = scorecards.of(today.minusDays(120), today, big);
        assertThat(wider.all().response())
                .as("the question of 100 days ago is in the wider period")
                .isEqualTo(new Share(10, 13));
        assertThat(wider.all().satisfaction()).isEqualTo(new Satisfaction(5, 2, 4));

        var http = MockMvcBuilders.webAppContextSetup(context).build();
        var json = http.perform(MockMvcRequestBuilders.get("/api/scorecard.json")
                        .param("from", today.minusDays(60).toString())
                        .param("to", today.toString()))
                .andReturn()
                .getResponse();
        assertThat(json.getHeader("Cache-Control")).contains("max-age=60");
        var file = tools.jackson.databind.json.JsonMapper.builder().build().readTree(json.getContentAsByteArray());
        assertThat(file.get("version").asInt()).isEqualTo(1);
        var rows = new HashMap<String, tools.jackson.databind.JsonNode>();
        file.get("programmes").forEach(r -> rows.put(r.get("key").asString(), r));
        assertThat(rows.get(big).get("responded").asLong()).isEqualTo(9);
        assertThat(rows.get(big).get("responseWhole").asLong()).isEqualTo(12);
        assertThat(rows.get(big).get("responseRate").asDouble()).isEqualTo(75.0);
        assertThat(rows.get(big).get("satisfactionRate").asDouble()).isEqualTo(60.0);
        assertThat(rows.get(small).get("responseRate").isNull())
                .as("small numbers: no rate in open data either")
                .isTrue();
        assertThat(rows.get(small).get("ratings").asLong()).isEqualTo(2);
        var csv = http.perform(MockMvcRequestBuilders.get("/api/scorecard/bureaus.csv")
                        .param("from", today.minusDays(60).toString())
                        .param("to", today.toString()))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFkey,name_en,").contains("\r\n" + name + ",");

        var before = scorecards.of(today.minusDays(120), today.minusDays(30), big);
        assertThat(before.all().response()).isEqualTo(new Share(1, 1));
        assertThat(before.all().resolution()).as("nothing was due then").isEqualTo(new Share(0, 0));
        assertThat(before.months()).hasSizeGreaterThanOrEqualTo(3);
    }
}
