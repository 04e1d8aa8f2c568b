package org.citizendialogue.programme;

import org.citizendialogue.shared.Bilingual;

/** One topic with what a page or a rule needs to know of its programme; texts in both languages. */
public record TopicContext(
        long topicId,
        String topicSlug,
        Bilingual topicTitle,
        Bilingual topicSummary,
        long dialogueId,
        String dialogueSlug,
        Bilingual dialogueTitle,
        ProgrammeStatus status,
        Bilingual bureauName) {}
