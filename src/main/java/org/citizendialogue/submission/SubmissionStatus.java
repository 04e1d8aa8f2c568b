package org.citizendialogue.submission;

/** The moderation lifecycle of a question or comment (DESIGN.md §3). */
public enum SubmissionStatus {
    PENDING, PUBLISHED, REJECTED, WITHDRAWN
}
