package org.citizendialogue.moderation.ui;

import java.util.List;
import java.util.Locale;

/**
 * One kind of reported content in the review (decision 036): how its entries are read, what the
 * three decisions do, the element ids it uses, and any further actions its cards carry.
 */
interface ReviewKind {

    /** Prefixes the element ids of this kind: "" for questions and comments, "answer-" for answers. */
    String idPrefix();

    /** The id of the hide dialog ({@code hide}, {@code hide-answer}); its fields' ids start with it. */
    String hideDialogId();

    /** The message key of the hide dialog's title. */
    String hideTitleKey();

    /** The message key of the list's own heading, or null when the page's heading names it. */
    default String headingKey() {
        return null;
    }

    /** The message key shown when nothing of this kind waits for review. */
    String emptyKey();

    /** The most characters a hiding reason may have. */
    int reasonMax();

    /**
     * The first entries, their labels in the reader's language (text is the section's
     * getTranslation, reader its locale, for texts kept in both languages).
     */
    List<ReviewEntry> entries(int limit, Translation text, Locale reader);

    void hide(long id, String reason);

    void restore(long id);

    void dismissReports(long id);
}
