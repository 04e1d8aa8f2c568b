package org.citizendialogue.submission;

/**
 * Who wrote a submission and where it belongs, whatever its state: what a notice about it needs.
 * The author's id never leaves the server.
 */
public record SubmissionSubject(
        long id, SubmissionKind kind, long dialogueId, long topicId, Long questionId, long authorId, String body) {

    /** The question a notice is about: the submission itself, or the question a comment belongs to. */
    public Long aboutQuestion() {
        return kind == SubmissionKind.QUESTION ? Long.valueOf(id) : questionId;
    }
}
