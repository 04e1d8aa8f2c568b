package org.citizendialogue.poll;

import java.util.Locale;

/**
 * A text staff wrote in English, Chinese or both: readers get their language's version, or the
 * other one, marked with its language ({@link #languageFor}) so screen readers switch voice.
 */
public record PollText(String en, String zh) {

    public String in(Locale locale) {
        return chinese(locale) ? (zh != null ? zh : en) : (en != null ? en : zh);
    }

    /** The language tag of what {@link #in} returns. */
    public String languageFor(Locale locale) {
        var zhShown = chinese(locale) ? zh != null : en == null;
        return zhShown ? "zh-CN" : "en";
    }

    private static boolean chinese(Locale locale) {
        return locale != null && locale.getLanguage().equals("zh");
    }
}
