package org.citizendialogue.answer;

/** What happens to answers. */
public final class AnswerEvents {

    private AnswerEvents() {
    }

    public record Published(long answerId, long questionId) {
    }

    /** The question being answered on air changed; questionId is null when none is. */
    public record NowAnswering(long dialogueId, Long questionId) {
    }
}
