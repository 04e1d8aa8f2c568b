package org.citizendialogue.dialogue;

/** Where a programme is in its life (DESIGN.md §3). */
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
}
