package org.citizendialogue.dialogue;

/** Where a programme is in its life (docs/product.md §3). */
public enum DialogueStatus {
    DRAFT, OPEN, LIVE, CLOSED, ARCHIVED;

    /** Only open and live programmes take new questions and comments. */
    public boolean acceptsSubmissions() {
        return this == OPEN || this == LIVE;
    }

    /** Answers may still be published after the broadcast, until the programme is archived. */
    public boolean acceptsAnswers() {
        return this == OPEN || this == LIVE || this == CLOSED;
    }

    public boolean isPublic() {
        return this != DRAFT;
    }

    /** The states a programme in this state may move to next. */
    public java.util.List<DialogueStatus> next() {
        return switch (this) {
            case DRAFT -> java.util.List.of(OPEN);
            case OPEN -> java.util.List.of(LIVE, CLOSED);
            case LIVE -> java.util.List.of(CLOSED, OPEN);
            case CLOSED -> java.util.List.of(ARCHIVED);
            case ARCHIVED -> java.util.List.of();
        };
    }

    public boolean canMoveTo(DialogueStatus target) {
        return next().contains(target);
    }
}
