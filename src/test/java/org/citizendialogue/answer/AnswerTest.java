package org.citizendialogue.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.citizendialogue.shared.Bilingual;
import org.citizendialogue.support.Refusal;
import org.junit.jupiter.api.Test;

/** The answer aggregate on its own: a draft until published, its first publication and on-air moment kept, hiding rules. */
class AnswerTest {

    private static final Instant NOW = Instant.parse("2026-06-01T02:00:00Z");
    private static final Bilingual BUREAU = Bilingual.of("北京市经济和信息化局", "Beijing Municipal Bureau");
    private static final Bilingual TITLE = Bilingual.of("新闻发言人", "Spokesperson");

    private static Answer drafted() {
        var answer = Answer.draft(11, 1, BUREAU, NOW);
        answer.edit(
                new Answer.Content(
                        AnswerOutcome.ANSWERED, Bilingual.of(null, "First text"), null, null, null, null, null),
                3,
                TITLE,
                NOW);
        return answer;
    }

    @Test
    void a_draft_is_not_public_and_carries_its_author_and_bureau_in_both_languages() {
        var answer = drafted();
        assertThat(answer.status()).isEqualTo(AnswerStatus.DRAFT);
        assertThat(answer.isPublic()).isFalse();
        assertThat(answer.authorTitle()).isEqualTo("Spokesperson");
        assertThat(answer.authorTitleZh()).isEqualTo("新闻发言人");
        assertThat(answer.text()).isEqualTo(Bilingual.of(null, "First text"));
        assertThat(answer.form().body()).isEqualTo("First text");
        assertThat(answer.form().bodyZh())
                .as("an absent version is an empty field")
                .isEmpty();
    }

    @Test
    void the_first_publication_and_the_first_on_air_moment_stay_the_answers_own() {
        var answer = drafted();
        answer.answeredOnAir(NOW.plusSeconds(10));
        answer.publish(NOW.plusSeconds(60));
        answer.edit(
                new Answer.Content(AnswerOutcome.LATER, Bilingual.of("第二版", "Second"), null, null, null, null, null),
                3,
                TITLE,
                NOW.plusSeconds(120));
        answer.answeredOnAir(NOW.plusSeconds(130));
        answer.publish(NOW.plusSeconds(180));
        assertThat(answer.isPublic()).isTrue();
        assertThat(answer.onAirAt()).isEqualTo(NOW.plusSeconds(10));
        assertThat(answer.state()).isEqualTo(AnswerOutcome.LATER);
        assertThat(answer.text().in(Bilingual.CHINESE)).isEqualTo("第二版");
    }

    @Test
    void only_a_published_answer_is_hidden_once_and_only_a_hidden_one_restored() {
        var answer = drafted();
        assertThat(Refusal.key(() -> answer.hide("abuse", NOW)))
                .as("a draft is not public")
                .isEqualTo("error.not-hideable");
        answer.publish(NOW);
        assertThat(Refusal.key(answer::restore)).isEqualTo("error.not-hidden");
        answer.hide("personal data", NOW);
        assertThat(answer.isPublic()).isFalse();
        assertThat(Refusal.key(() -> answer.hide("again", NOW))).isEqualTo("error.not-hideable");
        answer.restore();
        assertThat(answer.isPublic()).isTrue();
    }
}
