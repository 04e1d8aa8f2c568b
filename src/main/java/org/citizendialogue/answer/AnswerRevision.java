package org.citizendialogue.answer;

import java.time.Instant;
import java.time.LocalDate;

import org.citizendialogue.shared.Bilingual;

/** One published version of an answer; revision 1 is the first publication. */
public record AnswerRevision(
        long answerId,
        int revisionNo,
        AnswerOutcome state,
        String body,
        String department,
        String followUp,
        LocalDate promisedDate,
        String authorTitle,
        Instant publishedAt,
        String bodyZh,
        String authorTitleZh) {

    /** The revision's text in both languages, as it was published. */
    public Bilingual text() {
        return Bilingual.of(bodyZh, body);
    }

    /** The public title it was signed with, in both languages. */
    public Bilingual author() {
        return Bilingual.of(authorTitleZh, authorTitle);
    }
}
