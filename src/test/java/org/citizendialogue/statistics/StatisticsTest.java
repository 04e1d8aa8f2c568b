package org.citizendialogue.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;

import org.citizendialogue.submission.PublishedQuestion;
import org.citizendialogue.submission.SubmissionStatus;
import org.citizendialogue.support.Acting;
import org.citizendialogue.support.Demo;
import org.citizendialogue.support.Fixtures;
import org.citizendialogue.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/**
 * Statistics on a fixture programme written straight into the tables, so that every figure is
 * known in advance: six submissions in two topics with exact times.
 */
@IntegrationTest
class StatisticsTest {

    @Autowired
    StatisticsService statistics;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    Acting acting;

    @Test
    void programme_figures_count_states_share_and_percentiles_from_known_data() {
        var stats = statistics
                .ofProgramme(StatisticsTestFixture.fixture(jdbc, fixtures))
                .orElseThrow();
        var total = stats.total();
        assertThat(total.received()).isEqualTo(6);
        assertThat(total.count(SubmissionStatus.PUBLISHED)).isEqualTo(4);
        assertThat(total.count(SubmissionStatus.REJECTED)).isEqualTo(1);
        assertThat(total.count(SubmissionStatus.PENDING)).isEqualTo(1);
        assertThat(total.count(SubmissionStatus.WITHDRAWN)).isZero();
        assertThat(total.questionsPublished()).isEqualTo(3);
        assertThat(total.questionsAnswered()).isEqualTo(2);
        assertThat(total.answeredShare()).isEqualTo(2.0 / 3);
        // decisions: 600, 1800, 3600, 3600, 7200 s
        assertThat(total.medianToDecision()).isEqualTo(Duration.ofSeconds(3600));
        assertThat(total.p90ToDecision()).isEqualTo(Duration.ofSeconds(3600 + Math.round(3600 * 0.6)));
        // answers: 7200, 14400 s
        assertThat(total.medianToAnswer()).isEqualTo(Duration.ofSeconds(10_800));
        assertThat(total.p90ToAnswer()).isEqualTo(Duration.ofSeconds(13_680));
    }

    @Test
    void topic_figures_are_split_by_topic_in_programme_order() {
        var stats = statistics
                .ofProgramme(StatisticsTestFixture.fixture(jdbc, fixtures))
                .orElseThrow();
        assertThat(stats.topics()).extracting(TopicFigures::slug).containsExactly(Fixtures.TOPIC_SLUG, "b");
        var a = stats.topics().get(0).figures();
        assertThat(a.received()).isEqualTo(5);
        assertThat(a.questionsPublished()).isEqualTo(2);
        assertThat(a.answeredShare()).isEqualTo(0.5);
        assertThat(a.medianToDecision()).as("600, 1800, 3600, 3600").isEqualTo(Duration.ofSeconds(2700));
        var b = stats.topics().get(1).figures();
        assertThat(b.received()).isEqualTo(1);
        assertThat(b.answeredShare()).isEqualTo(1.0);
        assertThat(b.medianToAnswer()).isEqualTo(Duration.ofHours(2));
        assertThat(b.p90ToDecision()).isEqualTo(Duration.ofHours(2));
    }

    @Test
    void top_questions_and_hourly_counts_cover_published_questions_and_every_submission() {
        var stats = statistics
                .ofProgramme(StatisticsTestFixture.fixture(jdbc, fixtures))
                .orElseThrow();
        assertThat(stats.topQuestions()).hasSize(3);
        assertThat(stats.topQuestions().getFirst().commentCount()).isEqualTo(1);
        assertThat(stats.topQuestions()).extracting(PublishedQuestion::votes).containsOnly(0);
        assertThat(stats.lastHours()).hasSize(StatisticsService.HOURS);
        assertThat(stats.lastHours().stream().mapToLong(HourCount::count).sum()).isEqualTo(6);
        for (int i = 1; i < stats.lastHours().size(); i++) {
            assertThat(Duration.between(
                            stats.lastHours().get(i - 1).hour(),
                            stats.lastHours().get(i).hour()))
                    .isEqualTo(Duration.ofHours(1));
        }
    }

    @Test
    void demo_programme_figures_agree_with_the_database() {
        var stats = statistics.ofProgramme(Demo.DIALOGUE).orElseThrow();
        long received = jdbc.sql("SELECT COUNT(*) FROM submission WHERE dialogue_id = 1")
                .query(Long.class)
                .single();
        long published = jdbc.sql(
                        "SELECT COUNT(*) FROM submission WHERE dialogue_id = 1 AND kind = 'QUESTION' AND status = 'PUBLISHED'")
                .query(Long.class)
                .single();
        long answered = jdbc.sql(
                        "SELECT COUNT(*) FROM submission WHERE dialogue_id = 1 AND kind = 'QUESTION' AND status = 'PUBLISHED' AND answered_at IS NOT NULL")
                .query(Long.class)
                .single();
        assertThat(stats.total().received()).isEqualTo(received);
        assertThat(stats.total().questionsPublished()).isEqualTo(published);
        assertThat(stats.total().questionsAnswered()).isEqualTo(answered);
        assertThat(stats.topics()).hasSize(7);
        assertThat(stats.topics().stream()
                        .mapToLong(t -> t.figures().received())
                        .sum())
                .isEqualTo(received);
    }

    @Test
    void drafts_and_unknown_programmes_have_no_statistics_and_admin_figures_need_the_admin_role() {
        assertThat(statistics.ofProgramme("no-such-programme")).isEmpty();
        assertThatThrownBy(() -> acting.run(Demo.RESIDENT, () -> statistics.forAdmin(Demo.DIALOGUE)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(acting.as(Demo.ADMIN, () -> statistics.forAdmin(Demo.DIALOGUE)))
                .isPresent();
        assertThat(acting.as(Demo.ADMIN, () -> statistics.programmes()))
                .extracting(c -> c.slug())
                .contains(Demo.DIALOGUE);
    }

    @Test
    void percentiles_interpolate_between_ranks() {
        assertThat(Percentile.of(List.of(), 0.5)).isNull();
        assertThat(Percentile.of(List.of(60L), 0.9)).isEqualTo(Duration.ofMinutes(1));
        assertThat(Percentile.of(List.of(600L, 1200L), 0.5)).isEqualTo(Duration.ofMinutes(15));
        assertThat(Percentile.of(List.of(10L, 1L, 5L), 0.5)).isEqualTo(Duration.ofSeconds(5));
    }

    @Test
    void chart_svg_escapes_labels_and_is_a_data_uri() {
        var svg = BarChartSvg.svg(
                "<script>alert(1)</script>", List.of(new BarChartSvg.Bar("a&b", 3), new BarChartSvg.Bar("", 0)));
        assertThat(svg)
                .startsWith("<svg")
                .doesNotContain("<script>")
                .contains("&lt;script&gt;")
                .contains("a&amp;b");
        assertThat(BarChartSvg.dataUri(svg)).startsWith("data:image/svg+xml;base64,");
    }
}
