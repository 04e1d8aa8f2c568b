package org.citizendialogue.submission;

/** What a blocked phrase does to a submission that contains it. */
public enum PhraseAction {
    /** Refused at submission; the author is told the text is not accepted, not which phrase matched. */
    REFUSE,
    /** Accepted as pending, flagged with the phrase for the moderator. */
    HOLD;

    public String messageKey() {
        return "blocked.action." + name();
    }
}
