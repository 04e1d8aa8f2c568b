package org.citizendialogue.programme;

import java.util.List;

/** Where a programme is in its life (docs/product.md §3). */
public enum ProgrammeStatus {
    DRAFT,
    OPEN,
    LIVE,
    CLOSED,
    ARCHIVED;

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
    public List<ProgrammeStatus> next() {
        return switch (this) {
            case DRAFT -> List.of(OPEN);
            case OPEN -> List.of(LIVE, CLOSED);
            case LIVE -> List.of(CLOSED, OPEN);
            case CLOSED -> List.of(ARCHIVED);
            case ARCHIVED -> List.of();
        };
    }

    public boolean canMoveTo(ProgrammeStatus target) {
        return next().contains(target);
    }
}
