package org.citizendialogue.shared;

/**
 * Checks on user text. Limits count code points, as MariaDB's utf8mb4 VARCHAR lengths do, so
 * that a Chinese character or an emoji counts as one, exactly as the column counts it.
 */
public final class Texts {

    private Texts() {
    }

    public static int length(String text) {
        return text == null ? 0 : text.codePointCount(0, text.length());
    }

    /** Trims and checks a required text; the refusal names the field. */
    public static String required(String field, String text, int maxCodePoints) {
        var trimmed = text == null ? "" : text.strip();
        if (trimmed.isEmpty()) {
            throw DomainException.atField(field, "validation.required");
        }
        return within(field, trimmed, maxCodePoints);
    }

    /** Trims an optional text to null when blank, and checks its length. */
    public static String optional(String field, String text, int maxCodePoints) {
        var trimmed = text == null ? "" : text.strip();
        return trimmed.isEmpty() ? null : within(field, trimmed, maxCodePoints);
    }

    private static String within(String field, String text, int maxCodePoints) {
        if (length(text) > maxCodePoints) {
            throw DomainException.atField(field, "validation.too-long", maxCodePoints);
        }
        return text;
    }
}
