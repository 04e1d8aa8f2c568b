package org.citizendialogue.answer;

import java.time.Instant;
import java.time.LocalDate;

import org.citizendialogue.shared.Bilingual;

/**
 * A published answer with its attribution, as the public sees it: the bureau, the official's
 * public title and the first publication time; its state and what goes with it; the on-air
 * record; and how many published versions it has.
 */
public record PublishedAnswer(
        long id,
        long questionId,
        String body,
        String bureauName,
        String authorTitle,
        Instant publishedAt,
        Instant updatedAt,
        AnswerOutcome state,
        String department,
        String followUp,
        LocalDate promisedDate,
        Instant onAirAt,
        Integer recordingSeconds,
        String recordingLink,
        int revisions,
        String bodyZh,
        String bureauNameZh,
        String authorTitleZh) {

    /** The answer's text in both languages (decision 025): {@code body} is the English one, {@code bodyZh} the Chinese. */
    public Bilingual text() {
        return Bilingual.of(bodyZh, body);
    }

    /** The public title of the official who answered, in both languages ({@code authorTitle} is the English one). */
    public Bilingual author() {
        return Bilingual.of(authorTitleZh, authorTitle);
    }

    /** The bureau the answer is signed with, in both languages. */
    public Bilingual bureau() {
        return Bilingual.of(bureauNameZh, bureauName);
    }

    public boolean edited() {
        return revisions > 1 || updatedAt != null && publishedAt != null && updatedAt.isAfter(publishedAt);
    }

    /** The recording time as mm:ss, or null. */
    public String recordingTime() {
        return RecordingTime.format(recordingSeconds);
    }
}
