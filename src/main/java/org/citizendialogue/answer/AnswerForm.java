package org.citizendialogue.answer;

import java.time.LocalDate;

/**
 * What staff type into the answer editor. The state decides which extra fields count: a
 * department and where to follow up for FORWARDED, a promised date for LATER. The recording
 * time is "mm:ss" into the broadcast recording.
 */
public record AnswerForm(AnswerState state, String body, String department, String followUp, LocalDate promisedDate,
        String recordingTime, String recordingLink) {

    public static AnswerForm answered(String body) {
        return new AnswerForm(AnswerState.ANSWERED, body, null, null, null, null, null);
    }

    public AnswerForm withBody(String newBody) {
        return new AnswerForm(state, newBody, department, followUp, promisedDate, recordingTime, recordingLink);
    }
}
