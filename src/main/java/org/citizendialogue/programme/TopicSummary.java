package org.citizendialogue.programme;

import org.citizendialogue.shared.Bilingual;

/** A topic of a programme, in programme order, with its texts in both languages. */
public record TopicSummary(long id, String slug, Bilingual title, Bilingual summary, int position) {}
