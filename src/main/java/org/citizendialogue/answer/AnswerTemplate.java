package org.citizendialogue.answer;

import org.citizendialogue.shared.Bilingual;

/** A starting text for answers, in Chinese, English or both: of one programme, or of all when dialogueId is null. */
public record AnswerTemplate(long id, Long dialogueId, Bilingual title, Bilingual body) {}
