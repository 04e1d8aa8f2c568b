package org.citizendialogue.search;

/** Whether to keep only hits about answered, or only about unanswered, questions. */
public enum AnsweredFilter {
    ANY,
    ANSWERED,
    UNANSWERED;

    /** The filter named in a link, ANY for anything unknown. */
    public static AnsweredFilter of(String name) {
        for (var filter : values()) {
            if (filter.name().equalsIgnoreCase(name)) {
                return filter;
            }
        }
        return ANY;
    }
}
