package org.citizendialogue.notification;

/** What a notice tells. APPROVED, REJECTED, HIDDEN and MERGED are about the person's own submission; the rest about answers. */
public enum NoticeKind {
    APPROVED,
    REJECTED,
    ANSWERED,
    FORWARDED,
    LATER,
    FOLLOWED_ANSWER,
    COMMITMENT,
    HIDDEN,
    MERGED;

    /** Notices about answers: what the "answers only" e-mail setting lets through. */
    public boolean aboutAnswers() {
        return this != APPROVED && this != REJECTED && this != HIDDEN && this != MERGED;
    }
}
