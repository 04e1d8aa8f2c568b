package org.citizendialogue.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TextsTest {

    @Test
    void limits_count_code_points_not_utf16_units() {
        var thousandRareCharacters = "𠀀".repeat(1000);
        assertThat(Texts.required("text", thousandRareCharacters, 1000)).isEqualTo(thousandRareCharacters);
        assertThatThrownBy(() -> Texts.required("text", thousandRareCharacters + "a", 1000))
                .isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(((DomainException) e).field()).isEqualTo("text"));
    }

    @Test
    void blank_text_is_refused_and_optional_blank_is_null() {
        assertThatThrownBy(() -> Texts.required("text", "  \n ", 10)).isInstanceOf(DomainException.class);
        assertThat(Texts.optional("note", "   ", 10)).isNull();
        assertThat(Texts.optional("note", " 备注 ", 10)).isEqualTo("备注");
    }

    @Test
    void invisible_only_text_is_blank() {
        for (var invisible : new String[] {
            "\u00a0\u00a0\u00a0", "\u200b\u200c\u200d\ufeff", "\u0000", "\u3000 \u2060", "\u202e\u2066", " \t\u0007 "
        }) {
            assertThatThrownBy(() -> Texts.required("text", invisible, 100))
                    .as(invisible.codePoints().boxed().toList().toString())
                    .isInstanceOf(DomainException.class)
                    .satisfies(
                            e -> assertThat(((DomainException) e).messageKey()).isEqualTo("validation.required"));
            assertThat(Texts.optional("note", invisible, 100)).isNull();
        }
    }

    @Test
    void malformed_text_is_refused_rather_than_stored_as_question_marks() {
        assertThatThrownBy(() -> Texts.required("text", "Half an emoji \ud83d here", 100))
                .isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(((DomainException) e).messageKey()).isEqualTo("validation.malformed"));
        assertThatThrownBy(() -> Texts.optional("note", "\udc00", 100)).isInstanceOf(DomainException.class);
    }

    @Test
    void text_is_normalised_and_control_characters_other_than_line_breaks_are_removed() {
        assertThat(Texts.required("text", "Cafe\u0301 \u0000open\u0007?", 100)).isEqualTo("Café open?");
        assertThat(Texts.required("text", "first line\r\nsecond\tline", 100)).isEqualTo("first line\nsecond\tline");
        assertThat(Texts.required("text", "\u00a0 数字经济 🚗\u3000", 100)).isEqualTo("数字经济 🚗");
    }

    @Test
    void single_line_text_refuses_line_breaks_bidi_and_zero_width_characters() {
        assertThat(Texts.singleLine("displayName", "  李 娜 ", 60)).isEqualTo("李 娜");
        for (var bad : new String[] {"Li\nNa", "Li\u202eaN", "Li\u200bNa", "Li\u2066Na"}) {
            assertThatThrownBy(() -> Texts.singleLine("displayName", bad, 60))
                    .as(bad)
                    .isInstanceOf(DomainException.class)
                    .satisfies(
                            e -> assertThat(((DomainException) e).messageKey()).isEqualTo("validation.invisible"));
        }
    }
}
