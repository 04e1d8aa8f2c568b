package org.citizendialogue.answer;

/** What happens to answers. */
public final class AnswerEvents {

    private AnswerEvents() {
    }

    public record Published(long answerId, long questionId) {
    }
}
