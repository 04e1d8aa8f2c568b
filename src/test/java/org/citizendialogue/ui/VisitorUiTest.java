package org.citizendialogue.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.citizendialogue.submission.PublishedSubmissions;
import org.citizendialogue.submission.QuestionSort;
import org.citizendialogue.support.Demo;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;

class VisitorUiTest extends BrowserlessUiTest {

    @Test
    void home_lists_the_demo_programme() {
        navigate("", Component.class);
        assertThat($(Anchor.class)
                        .withText("Building a global digital economy benchmark city")
                        .exists())
                .isTrue();
        assertThat(exists("nav-login")).isTrue();
        assertThat(exists("nav-register")).isTrue();
        assertThat(exists("nav-moderation")).isFalse();
    }

    @Test
    void programme_page_shows_guest_bureau_and_topics_with_counts() {
        navigate("dialogues/" + Demo.DIALOGUE, Component.class);
        assertThat($(H1.class).single().getText()).isEqualTo("Building a global digital economy benchmark city");
        assertThat(pageShows("Zhang Jinsong")).isTrue();
        assertThat(pageShows(Demo.BUREAU)).isTrue();
        assertThat(exists("topic-benchmark-city")).isTrue();
        assertThat(exists("topic-digital-economy-regulations")).isTrue();
    }

    @Autowired
    PublishedSubmissions submissions;

    @Test
    void a_visitor_reads_published_questions_and_answers_but_cannot_ask() {
        var top = submissions
                .publishedQuestions(Demo.TOPIC_ID, QuestionSort.MOST_VOTES, 0, 1)
                .getFirst()
                .id();
        navigate(TOPIC_PATH, Component.class);
        assertThat(exists("question-" + top))
                .as("the most voted published question")
                .isTrue();
        assertThat(exists("ask-text")).isFalse();
        assertThat(exists("ask-submit")).isFalse();
        assertThat(pageShows("to ask a question")).isTrue();
    }

    @Test
    void pending_and_rejected_demo_questions_are_not_shown_publicly() {
        navigate("questions/23", Component.class);
        assertThat(exists("question-23")).as("rejected").isFalse();
        navigate("questions/54", Component.class);
        assertThat(exists("question-54")).as("pending").isFalse();
        navigate("questions/3", Component.class);
        assertThat(exists("question-3")).as("published and answered").isTrue();
    }

    @Test
    void back_office_routes_send_a_visitor_to_sign_in() {
        navigate("moderation", Component.class);
        assertThat(onLoginView()).isTrue();
        navigate("answers", Component.class);
        assertThat(onLoginView()).isTrue();
        navigate("me", Component.class);
        assertThat(onLoginView()).isTrue();
    }

    @Test
    void sign_in_page_lists_demo_accounts_in_demo_mode() {
        navigate("login", Component.class);
        assertThat(pageShows(Demo.PASSWORD)).isTrue();
    }
}
