package org.citizendialogue.dialogue;

/** One topic with what a page or a rule needs to know of its programme. */
public record TopicContext(long topicId, String topicSlug, String topicTitle, String topicSummary,
        long dialogueId, String dialogueSlug, String dialogueTitle, DialogueStatus status, String bureauName) {
}
