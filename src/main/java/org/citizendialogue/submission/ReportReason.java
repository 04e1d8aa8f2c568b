package org.citizendialogue.submission;

import java.util.Locale;

/** Why a resident reports a published question or comment. */
public enum ReportReason {
    SPAM,
    ABUSE,
    PERSONAL_DATA,
    OFF_TOPIC,
    OTHER;

    /** The message key of the label. */
    public String messageKey() {
        return "report.reason." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
