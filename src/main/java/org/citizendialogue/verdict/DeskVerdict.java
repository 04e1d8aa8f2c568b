package org.citizendialogue.verdict;

import java.time.Instant;

/**
 * A verdict as staff see it on the desk: the question, which revision was rated, the rating, the
 * comment once a moderator published it ({@code commentPending}: there is one waiting), whether
 * staff replied since (a new revision or a commitment), and whether it is flagged: "not
 * satisfied" without a reply for longer than the setting allows.
 */
public record DeskVerdict(
        long id,
        long questionId,
        long dialogueId,
        String question,
        int revisionNo,
        int currentRevision,
        VerdictRating rating,
        Instant changedAt,
        String comment,
        boolean commentPending,
        Instant repliedAt,
        boolean flagged) {}
