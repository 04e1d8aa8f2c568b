package org.citizendialogue.answer;

/**
 * The answer editor's state for one question: the saved text (empty when none), its status,
 * and the version the editor saw, so that a colleague's save in between is never overwritten.
 */
public record AnswerDraft(long questionId, String body, AnswerStatus status, Integer version) {
}
