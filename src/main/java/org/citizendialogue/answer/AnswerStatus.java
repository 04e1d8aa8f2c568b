package org.citizendialogue.answer;

/**
 * Whether an answer is public: a draft until staff publish it (docs/product.md §3). What the answer
 * says about the question is its {@link AnswerOutcome}.
 */
public enum AnswerStatus {
    DRAFT,
    PUBLISHED
}
