package org.citizendialogue.statistics;

import org.citizendialogue.shared.Bilingual;

/** The figures of one topic, in programme order. */
public record TopicFigures(long topicId, String slug, Bilingual title, int position, Figures figures) {}
