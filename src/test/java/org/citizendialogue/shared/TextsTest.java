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
}
