package org.citizendialogue.answer;

/** The answer desk's filter: questions without a published answer, with a draft, or by published state. */
public enum DeskState {
    UNANSWERED,
    DRAFT,
    ANSWERED,
    FORWARDED,
    LATER
}
