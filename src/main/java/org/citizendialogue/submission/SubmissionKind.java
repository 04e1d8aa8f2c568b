package org.citizendialogue.submission;

public enum SubmissionKind {
    QUESTION,
    COMMENT
}
