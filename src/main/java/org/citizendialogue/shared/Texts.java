package org.citizendialogue.shared;

import java.text.Normalizer;

/**
 * Checks on user text, in the services (a form's own check is a convenience). Text is NFC
 * normalised, line breaks become {@code \n}, control characters other than line breaks and tabs
 * are removed, and text with nothing visible in it (only spaces of any script, zero-width or
 * other format characters) counts as blank. Malformed text (half a surrogate pair, which MariaDB
 * would store as {@code ?}) is refused. Limits count code points, as MariaDB's utf8mb4 VARCHAR
 * lengths do, so that a Chinese character or an emoji counts as one, exactly as the column counts it.
 */
public final class Texts {

    private Texts() {}

    public static int length(String text) {
        return text == null ? 0 : text.codePointCount(0, text.length());
    }

    /** Cleans and checks a required text; the refusal names the field. */
    public static String required(String field, String text, int maxCodePoints) {
        var clean = clean(field, text);
        if (clean.isEmpty()) {
            throw DomainException.atField(field, "validation.required");
        }
        return within(field, clean, maxCodePoints);
    }

    /** Cleans an optional text to null when it has nothing visible, and checks its length. */
    public static String optional(String field, String text, int maxCodePoints) {
        var clean = clean(field, text);
        return clean.isEmpty() ? null : within(field, clean, maxCodePoints);
    }

    /**
     * A required one-line text such as a name or an e-mail address: besides the checks of
     * {@link #required}, any control, line-break, bidirectional or zero-width character is refused
     * (they let a name pass for another or hide part of it).
     */
    public static String singleLine(String field, String text, int maxCodePoints) {
        var normalised = Normalizer.normalize(wellFormed(field, text == null ? "" : text), Normalizer.Form.NFC);
        if (normalised.codePoints().anyMatch(c -> isControlOrFormat(c) || isLineBreak(c))) {
            throw DomainException.atField(field, "validation.invisible");
        }
        var clean = stripInvisible(normalised);
        if (clean.isEmpty()) {
            throw DomainException.atField(field, "validation.required");
        }
        return within(field, clean, maxCodePoints);
    }

    private static String clean(String field, String text) {
        if (text == null) {
            return "";
        }
        var normalised = Normalizer.normalize(wellFormed(field, text), Normalizer.Form.NFC)
                .replace("\r\n", "\n")
                .replace('\r', '\n');
        var kept = new StringBuilder(normalised.length());
        normalised
                .codePoints()
                .filter(c -> c == '\n' || c == '\t' || Character.getType(c) != Character.CONTROL)
                .forEach(kept::appendCodePoint);
        var stripped = stripInvisible(kept.toString());
        return stripped.codePoints().allMatch(Texts::isInvisible) ? "" : stripped;
    }

    private static String wellFormed(String field, String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw DomainException.atField(field, "validation.malformed");
            }
        }
        return text;
    }

    private static String stripInvisible(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && isInvisible(text.codePointAt(start))) {
            start += Character.charCount(text.codePointAt(start));
        }
        while (end > start && isInvisible(text.codePointBefore(end))) {
            end -= Character.charCount(text.codePointBefore(end));
        }
        return text.substring(start, end);
    }

    /** Spaces of every script (no-break, ideographic), controls and zero-width or bidi format characters. */
    private static boolean isInvisible(int c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || isControlOrFormat(c);
    }

    private static boolean isControlOrFormat(int c) {
        int type = Character.getType(c);
        return type == Character.CONTROL || type == Character.FORMAT;
    }

    private static boolean isLineBreak(int c) {
        int type = Character.getType(c);
        return type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR;
    }

    private static String within(String field, String text, int maxCodePoints) {
        if (length(text) > maxCodePoints) {
            throw DomainException.atField(field, "validation.too-long", maxCodePoints);
        }
        return text;
    }
}
