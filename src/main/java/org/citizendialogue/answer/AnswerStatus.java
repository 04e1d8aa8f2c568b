package org.citizendialogue.answer;

public enum AnswerStatus {
    DRAFT, PUBLISHED
}
