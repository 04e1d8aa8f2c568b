package org.citizendialogue.answer;

/** Where a follow-up commitment stands; staff set it. */
public enum CommitmentStatus {
    OPEN,
    DONE,
    OVERDUE
}
