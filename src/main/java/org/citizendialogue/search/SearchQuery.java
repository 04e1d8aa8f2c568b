package org.citizendialogue.search;

/** What to look for: the words, and optionally a programme, a topic and whether answered. */
public record SearchQuery(String text, Long dialogueId, Long topicId, AnsweredFilter answered) {

    public static final int TEXT_MAX = 200;

    public SearchQuery {
        text = text == null ? "" : text.strip();
        if (text.length() > TEXT_MAX) {
            text = text.substring(0, TEXT_MAX);
        }
        answered = answered == null ? AnsweredFilter.ANY : answered;
    }

    public static SearchQuery of(String text) {
        return new SearchQuery(text, null, null, AnsweredFilter.ANY);
    }
}
