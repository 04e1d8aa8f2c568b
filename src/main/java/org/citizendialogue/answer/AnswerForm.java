package org.citizendialogue.answer;

import java.time.LocalDate;

import org.citizendialogue.shared.Bilingual;

/**
 * What staff type into the answer editor: the text in English ({@code body}), Chinese
 * ({@code bodyZh}) or both (decision 025); one is required. The state decides which extra fields count: a
 * department and where to follow up for FORWARDED, a promised date for LATER. The recording
 * time is "mm:ss" into the broadcast recording.
 */
public record AnswerForm(
        AnswerOutcome state,
        String body,
        String department,
        String followUp,
        LocalDate promisedDate,
        String recordingTime,
        String recordingLink,
        String bodyZh) {

    /** A form with the English text only. */
    public AnswerForm(
            AnswerOutcome state,
            String body,
            String department,
            String followUp,
            LocalDate promisedDate,
            String recordingTime,
            String recordingLink) {
        this(state, body, department, followUp, promisedDate, recordingTime, recordingLink, null);
    }

    /** Both versions of the text. */
    public Bilingual text() {
        return Bilingual.of(bodyZh, body);
    }

    public AnswerForm withText(Bilingual text) {
        return new AnswerForm(
                state, text.en(), department, followUp, promisedDate, recordingTime, recordingLink, text.zh());
    }

    public static AnswerForm answered(String body) {
        return new AnswerForm(AnswerOutcome.ANSWERED, body, null, null, null, null, null);
    }
}
