package org.citizendialogue.submission;

/** Why a resident reports a published question or comment. */
public enum ReportReason {
    SPAM, ABUSE, PERSONAL_DATA, OFF_TOPIC, OTHER;

    /** The message key of the label. */
    public String messageKey() {
        return "report.reason." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
