package org.citizendialogue.shared;

import java.util.Locale;

/**
 * Checks a form whose public texts come in a Chinese and an English version (decision 025), in the
 * services. Each text is cleaned and its length checked per language with {@link Texts}. A
 * language's version is "written" when any of its texts is; a written version needs every
 * required text, and at least one version must be written. Refusals name the field with its
 * language, as {@code title.zh} or {@code summary.en}, so a form can show them beside that field.
 */
public final class LanguageVersions {

    private static final Locale[] LANGUAGES = {Bilingual.CHINESE, Bilingual.ENGLISH};

    private final boolean[] written = new boolean[2];
    private final String[] firstMissing = new String[2];
    private String firstRequired;

    /** A text required in every written version. */
    public Bilingual required(String field, Bilingual text, int maxCodePoints) {
        if (firstRequired == null) {
            firstRequired = field;
        }
        var checked = optional(field, text, maxCodePoints);
        for (int i = 0; i < 2; i++) {
            if (checked.exactly(LANGUAGES[i]) == null && firstMissing[i] == null) {
                firstMissing[i] = field;
            }
        }
        return checked;
    }

    /** A text either version may leave out. */
    public Bilingual optional(String field, Bilingual text, int maxCodePoints) {
        var given = text == null ? Bilingual.none() : text;
        var zh = Texts.optional(field(field, Bilingual.CHINESE), given.zh(), maxCodePoints);
        var en = Texts.optional(field(field, Bilingual.ENGLISH), given.en(), maxCodePoints);
        written[0] |= zh != null;
        written[1] |= en != null;
        return Bilingual.of(zh, en);
    }

    /**
     * Refuses a form with no version at all (at the first required field, both languages asked
     * for) or a written version missing a required text (at that text in that language).
     */
    public void requireComplete() {
        if (!written[0] && !written[1]) {
            throw DomainException.atField(field(firstRequired, Bilingual.CHINESE), "validation.one-language");
        }
        for (int i = 0; i < 2; i++) {
            if (written[i] && firstMissing[i] != null) {
                throw DomainException.atField(
                        field(firstMissing[i], LANGUAGES[i]),
                        Bilingual.isChinese(LANGUAGES[i]) ? "validation.required-zh" : "validation.required-en");
            }
        }
    }

    /** The field name a refusal carries: {@code title.zh}, {@code title.en}. */
    public static String field(String field, Locale language) {
        return field + (Bilingual.isChinese(language) ? ".zh" : ".en");
    }
}
