package org.citizendialogue.verdict;

import java.time.Instant;

/**
 * The asker's own verdict on the answer's current revision: the rating, until when it may be
 * changed, and their comment with its moderation state ({@code commentPublished} false: still
 * waiting, or not published). Only ever returned to the asker.
 */
public record MyVerdict(
        VerdictRating rating,
        int revisionNo,
        Instant ratedAt,
        Instant changeableUntil,
        String comment,
        boolean commentPublished) {

    public boolean changeable(Instant now) {
        return now.isBefore(changeableUntil);
    }
}
