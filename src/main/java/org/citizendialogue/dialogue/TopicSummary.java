package org.citizendialogue.dialogue;

/** A topic of a programme, in programme order. */
public record TopicSummary(long id, String slug, String title, String summary, int position) {
}
