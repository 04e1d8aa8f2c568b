package org.citizendialogue.shared;

import java.util.Locale;

/**
 * A public text an admin or the bureau writes in Simplified Chinese, English or both (decision
 * 025). A reader gets the version of their interface language and, when it is missing, the other
 * one, marked as such so the page can give it the right {@code lang} attribute. Blank versions are
 * absent ({@code null}).
 */
public record Bilingual(String zh, String en) implements Localized {

    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    public static final Locale ENGLISH = Locale.ENGLISH;
    private static final Bilingual NONE = new Bilingual(null, null);

    public Bilingual {
        zh = zh == null || zh.isBlank() ? null : zh;
        en = en == null || en.isBlank() ? null : en;
    }

    public static Bilingual of(String zh, String en) {
        return zh == null && en == null ? NONE : new Bilingual(zh, en);
    }

    public static Bilingual none() {
        return NONE;
    }

    /** Whether the reader's locale asks for Chinese (any {@code zh}); every other locale reads English. */
    public static boolean isChinese(Locale locale) {
        return locale != null && "zh".equals(locale.getLanguage());
    }

    /** The version for this reader, or the other one marked as a fallback; empty text when neither exists. */
    public Shown shown(Locale reader) {
        boolean chinese = isChinese(reader);
        var wanted = chinese ? zh : en;
        if (wanted != null) {
            return new Shown(wanted, chinese ? CHINESE : ENGLISH, false);
        }
        var other = chinese ? en : zh;
        if (other != null) {
            return new Shown(other, chinese ? ENGLISH : CHINESE, true);
        }
        return new Shown("", chinese ? CHINESE : ENGLISH, false);
    }

    /** The text this reader sees (their language's version, else the other). */
    @Override
    public String in(Locale reader) {
        return shown(reader).text();
    }

    /** The version in exactly this language, {@code null} when it was not written. */
    public String exactly(Locale language) {
        return isChinese(language) ? zh : en;
    }

    public boolean isEmpty() {
        return zh == null && en == null;
    }

    /** Both versions in one string (Chinese first), for search and for the audit trail. */
    public String both() {
        if (zh == null) {
            return en == null ? "" : en;
        }
        return en == null ? zh : zh + " / " + en;
    }

    /**
     * What a reader is shown: the text, the language it is in (for the {@code lang} attribute) and
     * whether it is the other language because theirs is missing.
     */
    public record Shown(String text, Locale language, boolean fallback) {

        /** The BCP 47 tag for a {@code lang} attribute: {@code zh-CN} or {@code en}. */
        public String languageTag() {
            return language.toLanguageTag();
        }
    }
}
