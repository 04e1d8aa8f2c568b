package org.citizendialogue.search;

import java.time.Instant;
import java.util.List;

/**
 * One published question, comment or answer that matched. {@code id} is the submission's id (the
 * answer's id for an answer); {@code questionId} is the question to link to (null for a comment on
 * a topic). The text comes as fragments so that the page can mark matches without any HTML.
 */
public record SearchHit(
        HitKind kind,
        long id,
        Long questionId,
        long dialogueId,
        long topicId,
        String author,
        Instant at,
        boolean answered,
        List<TextFragment> fragments) {

    /** The stable element id of this hit on the search page (docs/product.md §5). */
    public String elementId() {
        return kind == HitKind.ANSWER ? "search-result-answer-" + id : "search-result-" + id;
    }
}
