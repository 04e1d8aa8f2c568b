package org.citizendialogue.verdict;

import java.util.Optional;

/**
 * What the question page shows under a published answer: the asker's rating of the current
 * revision (public, without the comment, which shows among the comments once approved), how many
 * followers said it helped them, and what the reader may do.
 *
 * @param mayRate the reader asked the question and may rate (or change the rating of) this revision
 * @param mayHelp the reader follows the question, did not ask it and has not said it helped yet
 */
public record AnswerVerdicts(
        long answerId,
        int revisionNo,
        Optional<VerdictRating> askerRating,
        long helpedCount,
        Optional<MyVerdict> mine,
        boolean asker,
        boolean mayRate,
        boolean iHelped,
        boolean mayHelp) {}
