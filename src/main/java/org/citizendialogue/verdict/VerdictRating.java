package org.citizendialogue.verdict;

/** The asker's verdict on one revision of the answer to their question. */
public enum VerdictRating {
    SATISFIED,
    PARTLY,
    NOT_SATISFIED
}
