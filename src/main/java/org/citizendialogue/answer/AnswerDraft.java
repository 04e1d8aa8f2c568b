package org.citizendialogue.answer;

import java.time.Instant;

import org.citizendialogue.shared.Bilingual;

/**
 * The answer editor's state for one question: the saved form (empty when none), its status,
 * and the version the editor saw, so that a colleague's save in between is never overwritten.
 * {@code onAirAt} is when the question was first answered on air, if it was.
 */
public record AnswerDraft(
        long questionId, Long answerId, AnswerStatus status, Integer version, AnswerForm form, Instant onAirAt) {

    public String body() {
        return form.body();
    }

    public Bilingual text() {
        return form.text();
    }
}
