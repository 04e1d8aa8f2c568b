package org.citizendialogue.portal;

/** What a question's address leads to: the question's page, or the question it was merged into. */
public sealed interface QuestionAddress permits QuestionPage, QuestionAddress.MergedInto {

    /** A duplicate's old address: it leads to the question it was merged into. */
    record MergedInto(long questionId) implements QuestionAddress {}
}
