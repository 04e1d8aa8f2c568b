package org.citizendialogue.dialogue;

import java.time.Instant;

/**
 * What an admin types into the programme form. Limits are code points and match the columns of
 * db/migration/V002__create_dialogues.sql.
 */
public record ProgrammeDraft(String title, String slug, String guestName, String guestTitle, String bureauName,
        String summary, Instant startsAt, String livestreamUrl) {

    public static final int TITLE_MAX = 200;
    public static final int SLUG_MAX = 80;
    public static final int GUEST_NAME_MAX = 120;
    public static final int GUEST_TITLE_MAX = 300;
    public static final int BUREAU_MAX = 200;
    public static final int SUMMARY_MAX = 4000;
    public static final int LIVESTREAM_MAX = 500;

    /** An empty form. */
    public static ProgrammeDraft empty() {
        return new ProgrammeDraft("", "", "", "", "", "", null, "");
    }
}
