package org.citizendialogue.verdict;

/** Which verdicts the desk lists: all, the "not satisfied" ones, or those flagged as waiting for a reply too long. */
public enum VerdictFilter {
    ALL,
    NOT_SATISFIED,
    FLAGGED
}
