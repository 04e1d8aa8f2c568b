package org.citizendialogue.submission;

/** Why a moderator refused a submission; each has a public text shown to the author. */
public enum RejectionReason {
    OFF_TOPIC, PERSONAL_DATA, ABUSIVE, SPAM, DUPLICATE, OTHER;

    /** The message key of the public text. */
    public String messageKey() {
        return "rejection." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
