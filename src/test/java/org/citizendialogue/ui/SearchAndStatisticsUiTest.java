package org.citizendialogue.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Map;
import java.util.stream.Stream;

import org.citizendialogue.programme.ProgrammeCard;
import org.citizendialogue.search.SearchHit;
import org.citizendialogue.search.SearchQuery;
import org.citizendialogue.search.SearchService;
import org.citizendialogue.statistics.StatisticsTestFixture;
import org.citizendialogue.support.Demo;
import org.citizendialogue.support.Fixtures;
import org.citizendialogue.support.Residents;
import org.citizendialogue.support.Words;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;

/** The search page and the statistics pages, through the views. */
class SearchAndStatisticsUiTest extends BrowserlessUiTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    Residents residents;

    @Autowired
    SearchService searchService;

    private String currentQuery(String name) {
        return UI.getCurrent()
                .getInternals()
                .getActiveViewLocation()
                .getQueryParameters()
                .getSingleParameter(name)
                .orElse(null);
    }

    /** Opens the search page as a link with these query parameters would. */
    private void search(Map<String, String> parameters) {
        navigate("search", Component.class);
        UI.getCurrent().navigate("search", QueryParameters.simple(parameters));
    }

    @Test
    void typing_a_chinese_query_shows_marked_results_and_puts_the_query_in_the_address() {
        navigate("search", Component.class);
        assertThat(exists("search-text")).isTrue();
        test(byId(TextField.class, "search-text")).setValue("自动驾驶");
        assertThat(currentQuery("q")).isEqualTo("自动驾驶");
        assertThat(exists("search-result-9")).isTrue();
        assertThat(exists("search-result-answer-6")).isTrue();
        assertThat(exists("search-result-23")).isFalse();
        assertThat($(Span.class).withClassName("mark").withText("自动驾驶").exists())
                .isTrue();
    }

    @Test
    void a_linked_english_search_finds_the_plural_and_the_button_searches_again() {
        search(Map.of("q", "station"));
        assertThat(byId(TextField.class, "search-text").getValue()).isEqualTo("station");
        assertThat(exists("search-result-3")).isTrue();
        assertThat($(Span.class).withClassName("mark").withText("stations").exists())
                .isTrue();
        test(byId(TextField.class, "search-text")).setValue("Fifth Ring Road");
        test(byId(Button.class, "search-submit")).click();
        assertThat(currentQuery("q")).isEqualTo("Fifth Ring Road");
        assertThat(exists("search-result-3")).isTrue();
    }

    @Test
    void a_long_result_list_comes_twenty_at_a_time_with_show_more() {
        var word = Words.unique();
        var ids = new ArrayList<Long>();
        for (int i = 0; i < 25; i++) {
            ids.add(residents.publishedQuestion(Demo.TOPIC_ID, "Question " + i + " about " + word));
        }
        var first = searchService.search(SearchQuery.of(word), 0, 20);
        var second = searchService.search(SearchQuery.of(word), 20, 20);
        assertThat(first.total()).isEqualTo(25);
        assertThat(first.hits()).hasSize(20);
        assertThat(second.hits()).hasSize(5);
        assertThat(Stream.concat(first.hits().stream(), second.hits().stream()).map(SearchHit::id))
                .containsExactlyInAnyOrderElementsOf(ids);

        search(Map.of("q", word));
        assertThat(byId(Paragraph.class, "search-status").getText()).contains("25");
        assertThat($(Article.class).withClassName("search-result").all()).hasSize(20);
        assertThat(byId(Button.class, "search-more").isVisible()).isTrue();
        test(byId(Button.class, "search-more")).click();
        assertThat($(Article.class).withClassName("search-result").all()).hasSize(25);
        assertThat(exists("search-more")).as("nothing more to show").isFalse();
    }

    @Test
    void programmes_topics_and_answers_are_found_by_either_languages_words() {
        search(Map.of("q", "数字赋能"));
        assertThat(exists("search-topic-2") && exists("search-topic-3") && exists("search-topic-4"))
                .as("Chinese words find the topics; an English reader reads their English titles")
                .isTrue();
        assertThat(byId(Anchor.class, "search-topic-2").getText()).isEqualTo("Digitally empowered industries");
        search(Map.of("q", "Digitally empowered"));
        assertThat(exists("search-topic-2")).as("and so do English ones").isTrue();
        search(Map.of("q", "张劲松 灯塔工厂"));
        assertThat(exists("search-topic-2"))
                .as("the guest's Chinese name and words of a topic")
                .isTrue();
        assertThat(exists("search-topic-1")).as("every word must match").isFalse();
        search(Map.of("q", "算力"));
        assertThat(exists("search-result-answer-3"))
                .as("an answer by its Chinese text")
                .isTrue();
    }

    @Test
    void user_text_in_results_stays_text() {
        search(Map.of("q", "<b>bold</b>"));
        assertThat(byId(TextField.class, "search-text").getValue()).isEqualTo("<b>bold</b>");
        assertThat(pageShows("<b>bold</b>")).as("the query is echoed as text").isTrue();
    }

    @Test
    void public_statistics_page_shows_tables_and_an_svg_chart() {
        var slug = StatisticsTestFixture.fixture(jdbc, fixtures);
        navigate("dialogues/" + slug + "/statistics", Component.class);
        assertThat($(H1.class).single().getText()).contains("Fixture " + slug);
        assertThat(exists("stats-summary")).isTrue();
        assertThat(exists("stats-topics-table")).isTrue();
        assertThat(exists("stats-topic-" + Fixtures.TOPIC_SLUG)).isTrue();
        assertThat(byId(NativeTableRow.class, "stats-received")
                        .getElement()
                        .getChild(1)
                        .getText())
                .isEqualTo("6");
        assertThat(byId(NativeTableRow.class, "stats-answered-share")
                        .getElement()
                        .getChild(1)
                        .getText())
                .isEqualTo("67%");
        var chart = byId(Image.class, "stats-hours-chart");
        assertThat(chart.getSrc()).startsWith("data:image/svg+xml;base64,");
        assertThat(chart.getAlt()).hasValueSatisfying(alt -> assertThat(alt).isNotBlank());
        assertThat(exists("stats-hours-table")).isTrue();
    }

    @Test
    void admin_statistics_are_for_admins_only() {
        navigate("admin/stats", Component.class);
        assertThat(onLoginView()).isTrue();
    }

    @Test
    @WithUserDetails(Demo.ADMIN)
    void an_admin_sees_the_statistics_of_a_programme() {
        navigate("admin/stats", Component.class);
        assertThat(exists("stats-programme")).isTrue();
        @SuppressWarnings("unchecked")
        Select<ProgrammeCard> picker = $(Select.class).id("stats-programme");
        picker.getListDataView()
                .getItems()
                .filter(d -> d.slug().equals(Demo.DIALOGUE))
                .findFirst()
                .ifPresent(picker::setValue);
        assertThat(exists("stats-summary")).isTrue();
        assertThat(exists("stats-topic-benchmark-city")).isTrue();
    }
}
