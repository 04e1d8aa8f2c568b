package org.citizendialogue.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.citizendialogue.shared.Bilingual;
import org.citizendialogue.shared.DomainException;
import org.junit.jupiter.api.Test;

/** The topic aggregate on its own: its texts in two languages, its address and its place in the order. */
class TopicTest {

    private static TopicDraft draft(String slug, Bilingual title) {
        return new TopicDraft(title, slug, Bilingual.none());
    }

    @Test
    void a_topic_keeps_both_languages_and_its_place() {
        var topic = Topic.add(7, draft("five-sons", Bilingual.of("“五子”联动", null)), 3);
        assertThat(topic.dialogueId()).isEqualTo(7);
        assertThat(topic.title()).isEqualTo(Bilingual.of("“五子”联动", null));
        assertThat(topic.title().shown(Bilingual.ENGLISH).fallback())
                .as("an English reader gets the Chinese, marked")
                .isTrue();
        assertThat(topic.summary().isEmpty()).isTrue();
        assertThat(topic.position()).isEqualTo(3);
        assertThat(topic.placeAt(3)).as("not moved").isFalse();
        assertThat(topic.placeAt(1)).isTrue();
        assertThat(topic.position()).isEqualTo(1);
    }

    @Test
    void its_address_changes_only_while_the_programme_is_not_public() {
        var topic = Topic.add(7, draft("first", Bilingual.of(null, "First")), 1);
        topic.edit(draft("second", Bilingual.of("第二", "Second")), false);
        assertThat(topic.slug()).isEqualTo("second");
        assertThatThrownBy(() -> topic.edit(draft("third", Bilingual.of(null, "Third")), true))
                .isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).field())
                .isEqualTo("slug");
        assertThat(topic.slug()).isEqualTo("second");
        topic.edit(draft("second", Bilingual.of(null, "Second, renamed")), true);
        assertThat(topic.describe()).isEqualTo("slug=second; title=Second, renamed; position=1; summary=");
    }
}
