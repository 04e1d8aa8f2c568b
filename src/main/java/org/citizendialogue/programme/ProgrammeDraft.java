package org.citizendialogue.programme;

import java.time.Instant;

import org.citizendialogue.shared.Bilingual;

/**
 * What an admin types into the programme form: each public text in Chinese and English (decision
 * 025). A language version is either left out entirely or has every required text (title, guest
 * name and title, bureau, summary; the series is optional); at least one version is written.
 * Limits are code points, per language, and match the columns of db/migration/V002 and V036.
 */
public record ProgrammeDraft(
        Bilingual title,
        String slug,
        Bilingual guestName,
        Bilingual guestTitle,
        Bilingual bureauName,
        Bilingual summary,
        Bilingual series,
        Instant startsAt,
        String livestreamUrl) {

    public static final int TITLE_MAX = 200;
    public static final int SLUG_MAX = 80;
    public static final int GUEST_NAME_MAX = 120;
    public static final int GUEST_TITLE_MAX = 300;
    public static final int BUREAU_MAX = 200;
    public static final int SUMMARY_MAX = 4000;
    public static final int SERIES_MAX = 300;
    public static final int LIVESTREAM_MAX = 500;

    public ProgrammeDraft {
        title = orNone(title);
        guestName = orNone(guestName);
        guestTitle = orNone(guestTitle);
        bureauName = orNone(bureauName);
        summary = orNone(summary);
        series = orNone(series);
    }

    /** An empty form. */
    public static ProgrammeDraft empty() {
        return new ProgrammeDraft(null, "", null, null, null, null, null, null, "");
    }

    static Bilingual orNone(Bilingual text) {
        return text == null ? Bilingual.none() : text;
    }
}
