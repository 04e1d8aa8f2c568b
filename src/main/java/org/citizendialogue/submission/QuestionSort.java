package org.citizendialogue.submission;

/** The orders a topic's questions can be listed in; each maps to a fixed ORDER BY, never to user text. */
public enum QuestionSort {
    MOST_VOTES("s.vote_count DESC, s.decided_at DESC, s.id DESC"),
    NEWEST("s.decided_at DESC, s.id DESC"),
    UNANSWERED("(s.answered_at IS NOT NULL), s.decided_at DESC, s.id DESC"),
    ANSWERED("(s.answered_at IS NULL), s.answered_at DESC, s.id DESC");

    final String orderBy;

    QuestionSort(String orderBy) {
        this.orderBy = orderBy;
    }
}
