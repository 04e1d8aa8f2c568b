package org.citizendialogue.report;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Why a resident reports published content: a question, a comment or an official answer. */
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

    /** The reasons of a comma-separated list of names, as the review's queries return them; none for null or blank. */
    public static List<ReportReason> listOf(String names) {
        return names == null || names.isBlank()
                ? List.of()
                : Arrays.stream(names.split(",")).map(ReportReason::valueOf).toList();
    }
}
