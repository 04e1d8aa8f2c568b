package org.citizendialogue.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

/** Whether an item that just arrived belongs on a moderator's filtered page of the queue. */
class QueueFilterTest {

    private static final QueueItem COMMENT_ON_TOPIC_7 = new QueueItem(
            1,
            0,
            SubmissionKind.COMMENT,
            7,
            3L,
            "Li Na",
            "Thanks",
            Instant.parse("2026-06-01T02:00:00Z"),
            "A question",
            null,
            null);

    @Test
    void every_part_of_the_filter_must_admit_the_item() {
        assertThat(QueueFilter.ALL.admits(COMMENT_ON_TOPIC_7, 2L)).isTrue();
        assertThat(new QueueFilter(2L, 7L, SubmissionKind.COMMENT, null).admits(COMMENT_ON_TOPIC_7, 2L))
                .isTrue();
        assertThat(new QueueFilter(3L, null, null, null).admits(COMMENT_ON_TOPIC_7, 2L))
                .as("another programme")
                .isFalse();
        assertThat(new QueueFilter(null, 8L, null, null).admits(COMMENT_ON_TOPIC_7, 2L))
                .as("another topic")
                .isFalse();
        assertThat(new QueueFilter(null, null, SubmissionKind.QUESTION, null).admits(COMMENT_ON_TOPIC_7, 2L))
                .isFalse();
        assertThat(new QueueFilter(2L, null, null, null).admits(COMMENT_ON_TOPIC_7, null))
                .as("programme unknown")
                .isFalse();
    }

    @Test
    void a_new_item_is_never_older_than_an_age() {
        assertThat(new QueueFilter(null, null, null, Duration.ofHours(1)).admits(COMMENT_ON_TOPIC_7, 2L))
                .isFalse();
    }
}
