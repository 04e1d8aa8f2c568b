package org.citizendialogue.submission;

/** The orders of the answer desk; each maps to a fixed ORDER BY, never to user text. */
public enum DeskOrder {
    LONGEST_WAITING("s.decided_at, s.id"),
    MOST_VOTES("s.vote_count DESC, s.decided_at, s.id");

    final String orderBy;

    DeskOrder(String orderBy) {
        this.orderBy = orderBy;
    }
}
