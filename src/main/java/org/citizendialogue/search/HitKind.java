package org.citizendialogue.search;

/** What a search hit is. */
public enum HitKind {
    QUESTION,
    COMMENT,
    ANSWER
}
