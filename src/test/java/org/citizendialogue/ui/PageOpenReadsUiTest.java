package org.citizendialogue.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.citizendialogue.support.Demo;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;

import io.micrometer.core.instrument.MeterRegistry;

/**
 * What opening a page reads (issue 13), counted as connections taken from the pool. A topic page
 * reads everything it shows in one transaction, its open poll included (the poll was a second
 * one). The frame of every page is built once per page open: it was built in its constructor,
 * again when it was attached in the reader's language, and its navigation a third time after the
 * navigation, each time asking every navigation counter for its count.
 */
class PageOpenReadsUiTest extends BrowserlessUiTest {

    @Autowired
    MeterRegistry meters;

    @AfterEach
    void signOut() {
        acting.clear();
    }

    @Test
    void a_visitor_opening_a_topic_page_takes_one_connection_for_all_it_shows() {
        long before = connectionsTaken();
        navigate(TOPIC_PATH, Component.class);
        assertThat(connectionsTaken() - before).isEqualTo(1);
        assertThat(exists("question-list")).isTrue();
    }

    @Test
    void a_new_frame_asks_each_navigation_counter_once_like_a_frame_that_stays() {
        signInAs(Demo.MODERATOR);
        navigate("live/" + Demo.DIALOGUE, Component.class); // the live wall has no frame
        long before = connectionsTaken();
        navigate("search", Component.class); // a new frame
        long newFrame = connectionsTaken() - before;
        before = connectionsTaken();
        navigate("search", Component.class); // the same frame, its counts refreshed
        long sameFrame = connectionsTaken() - before;

        // the search page reads nothing until asked: what is read is the frame's counts (and the privacy gate)
        assertThat(newFrame).isEqualTo(sameFrame);
        assertThat($(Span.class).withClassName("count-badge").all()).hasSize(2);
        assertThat(exists("nav-moderation")).isTrue();
    }

    private long connectionsTaken() {
        return meters.get("hikaricp.connections.acquire").timer().count();
    }
}
