package org.citizendialogue.submission;

import java.time.Instant;

/**
 * A published question or comment for the search index. {@code questionId} is the question a
 * comment is about (null for a question and for a comment on the topic); {@code answered} is the
 * state of that question (of the question itself for a question).
 */
public record PublishedText(
        long id,
        SubmissionKind kind,
        long dialogueId,
        long topicId,
        Long questionId,
        String authorName,
        String body,
        Instant publishedAt,
        boolean answered) {

    /** The question this text belongs to, or its own id for a question or a topic comment. */
    public long threadId() {
        return questionId != null ? questionId : id;
    }
}
