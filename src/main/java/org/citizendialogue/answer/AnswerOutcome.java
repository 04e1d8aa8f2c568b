package org.citizendialogue.answer;

/**
 * What an answer says about the question: answered, handed on to a department, or promised for a
 * date (docs/product.md §3). Whether it is public yet is its {@link AnswerStatus}.
 */
public enum AnswerOutcome {
    ANSWERED,
    FORWARDED,
    LATER
}
