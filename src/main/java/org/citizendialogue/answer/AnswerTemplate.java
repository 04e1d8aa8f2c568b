package org.citizendialogue.answer;

/** A starting text for answers: of one programme, or of all when dialogueId is null. */
public record AnswerTemplate(long id, Long dialogueId, String title, String body) {
}
