package org.citizendialogue.statistics;

/** The figures of one topic, in programme order. */
public record TopicFigures(long topicId, String slug, String title, int position, Figures figures) {
}
