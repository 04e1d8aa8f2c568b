package org.citizendialogue.answer;

import java.time.Instant;
import java.time.LocalDate;

/** One published version of an answer; revision 1 is the first publication. */
public record AnswerRevision(long answerId, int revisionNo, AnswerState state, String body, String department,
        String followUp, LocalDate promisedDate, String authorTitle, Instant publishedAt) {
}
