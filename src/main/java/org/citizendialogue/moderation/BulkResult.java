package org.citizendialogue.moderation;

import java.util.List;

/**
 * What a bulk decision did: how many items it decided, and which ones a colleague had already
 * decided (or changed) first, so they were left as the colleague left them.
 */
public record BulkResult(int succeeded, List<Long> alreadyDecided) {

    public BulkResult {
        alreadyDecided = List.copyOf(alreadyDecided);
    }
}
