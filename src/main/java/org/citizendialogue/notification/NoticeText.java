package org.citizendialogue.notification;

/**
 * The words of a notice, the same in the list, the bell and the e-mail: {@code notice.KIND} with
 * the excerpt and the detail (translated when the detail is a message key).
 */
public final class NoticeText {

    /** Looks up a message of the bundles in the reader's language. */
    public interface Translator {
        String get(String key, Object... args);
    }

    private NoticeText() {}

    /** The public text of a managed rejection reason in the reader's language, by its code. */
    public interface ReasonText {
        String of(String code);
    }

    public static String of(Notice notice, Translator t) {
        return of(notice, t, code -> code);
    }

    /**
     * A rejection notice's detail is the code of a managed reason (read in the reader's language);
     * notices from before the list was managed hold a message key instead.
     */
    public static String of(Notice notice, Translator t, ReasonText reasons) {
        var detail = notice.detail();
        if (notice.kind() == NoticeKind.REJECTED && detail != null && !detail.startsWith("rejection.")) {
            detail = reasons.of(detail);
        } else if ((notice.kind() == NoticeKind.REJECTED || notice.kind() == NoticeKind.HIDDEN) && detail != null) {
            detail = t.get(detail);
        } else if (notice.kind() == NoticeKind.COMMITMENT && detail != null) {
            detail = t.get("commitment.status." + detail);
        }
        return t.get("notice." + notice.kind().name(), notice.excerpt(), detail == null ? "" : detail);
    }

    /** The start of a text, for notices: at most 80 code points. */
    static String excerpt(String text) {
        var stripped = text.strip();
        if (stripped.codePointCount(0, stripped.length()) <= 80) {
            return stripped;
        }
        return stripped.substring(0, stripped.offsetByCodePoints(0, 79)) + "…";
    }
}
