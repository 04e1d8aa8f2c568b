package org.citizendialogue.submission;

/**
 * The moderation lifecycle of a question or comment (docs/product.md §3). HIDDEN was published and is
 * taken out of public view (by a moderator or by reports) until a moderator restores it. MERGED
 * was a duplicate of another published question and now points at it for good.
 */
public enum SubmissionStatus {
    PENDING,
    PUBLISHED,
    REJECTED,
    WITHDRAWN,
    HIDDEN,
    MERGED
}
