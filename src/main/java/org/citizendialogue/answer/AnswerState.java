package org.citizendialogue.answer;

/** What an answer says about the question: answered, handed on to a department, or promised for a date. */
public enum AnswerState {
    ANSWERED, FORWARDED, LATER
}
