package org.citizendialogue.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.citizendialogue.shared.Bilingual;
import org.citizendialogue.shared.DomainException;
import org.citizendialogue.support.Refusal;
import org.junit.jupiter.api.Test;

/** The programme aggregate on its own, without Spring or a database: its lifecycle and its rules for edits. */
class ProgrammeTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-01T02:00:00Z"), ZoneOffset.UTC);

    private static ProgrammeDraft draft(String slug) {
        return new ProgrammeDraft(
                Bilingual.of("数字经济", "Digital economy"),
                slug,
                Bilingual.of("张劲松", "Zhang Jinsong"),
                Bilingual.of("局长", "Director"),
                Bilingual.of("北京市经济和信息化局", "Bureau"),
                Bilingual.of("摘要", "Summary"),
                null,
                CLOCK.instant(),
                null);
    }

    private static Programme programme() {
        return Programme.create(draft("digital"), 1, CLOCK);
    }

    @Test
    void a_new_programme_is_a_draft_nobody_sees() {
        var programme = programme();
        assertThat(programme.status()).isEqualTo(ProgrammeStatus.DRAFT);
        assertThat(programme.status().isPublic()).isFalse();
        assertThat(programme.slug()).isEqualTo("digital");
    }

    @Test
    void it_moves_through_its_lifecycle_and_nowhere_else() {
        var programme = programme();
        assertThat(Refusal.key(() -> programme.moveTo(ProgrammeStatus.LIVE, 3)))
                .as("a draft opens first")
                .isEqualTo("programme.error.transition");
        programme.moveTo(ProgrammeStatus.OPEN, 3);
        programme.moveTo(ProgrammeStatus.LIVE, 3);
        programme.moveTo(ProgrammeStatus.OPEN, 3);
        programme.moveTo(ProgrammeStatus.CLOSED, 3);
        assertThat(Refusal.key(() -> programme.moveTo(ProgrammeStatus.OPEN, 3)))
                .isEqualTo("programme.error.transition");
        programme.moveTo(ProgrammeStatus.ARCHIVED, 3);
        assertThat(ProgrammeStatus.ARCHIVED.next()).isEmpty();
    }

    @Test
    void going_live_needs_a_topic_and_a_live_programme_keeps_its_last_one() {
        var programme = programme();
        programme.moveTo(ProgrammeStatus.OPEN, 0);
        assertThat(Refusal.key(() -> programme.moveTo(ProgrammeStatus.LIVE, 0))).isEqualTo("programme.error.no-topics");
        programme.moveTo(ProgrammeStatus.LIVE, 1);
        assertThat(Refusal.key(() -> programme.requireTopicRemovable(1))).isEqualTo("programme.error.no-topics");
        programme.requireTopicRemovable(2);
    }

    @Test
    void the_slug_changes_only_while_a_draft_and_an_archived_programme_is_a_closed_record() {
        var programme = programme();
        programme.edit(draft("renamed"), 1);
        assertThat(programme.slug()).isEqualTo("renamed");
        programme.moveTo(ProgrammeStatus.OPEN, 1);
        assertThatThrownBy(() -> programme.edit(draft("again"), 1))
                .isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).field())
                .isEqualTo("slug");
        programme.edit(draft("renamed"), 2);
        assertThat(programme.describe()).contains("bureau=2").contains("数字经济 / Digital economy");
        programme.moveTo(ProgrammeStatus.CLOSED, 1);
        programme.moveTo(ProgrammeStatus.ARCHIVED, 1);
        assertThat(Refusal.key(() -> programme.edit(draft("renamed"), 2))).isEqualTo("admin.programme.error.archived");
        assertThat(Refusal.key(programme::requireTopicsEditable)).isEqualTo("admin.programme.error.archived");
    }
}
