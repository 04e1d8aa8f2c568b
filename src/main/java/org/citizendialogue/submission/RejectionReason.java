package org.citizendialogue.submission;

import java.util.Locale;

/**
 * Why a moderator refused a submission: one entry of the list the admins manage, with the public
 * text the author is shown in English and in Simplified Chinese. Submissions keep the code; an
 * inactive reason is no longer offered but still explains the submissions rejected with it.
 */
public record RejectionReason(
        long id, int version, String code, String english, String chinese, boolean active, int position) {

    public static final int CODE_MAX = 20;
    public static final int TEXT_MAX = 300;

    // codes of the reasons the list started with (V023), which code and tests may name
    public static final String OFF_TOPIC = "OFF_TOPIC";
    public static final String PERSONAL_DATA = "PERSONAL_DATA";
    public static final String ABUSIVE = "ABUSIVE";
    public static final String SPAM = "SPAM";
    public static final String DUPLICATE = "DUPLICATE";
    public static final String OTHER = "OTHER";

    /** The public text in the reader's language: Chinese for any Chinese locale, English otherwise. */
    public String text(Locale locale) {
        return locale != null && "zh".equals(locale.getLanguage()) ? chinese : english;
    }
}
