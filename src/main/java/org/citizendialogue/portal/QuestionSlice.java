package org.citizendialogue.portal;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.citizendialogue.answer.OnAir;
import org.citizendialogue.answer.PublishedAnswer;
import org.citizendialogue.submission.QuestionCard;

/**
 * One page of a topic's question cards with what each card shows: its published answer, its
 * on-air moment, and whether the reader voted for it; {@code hasMore} when another page follows.
 * Read in four queries, whatever the number of cards.
 */
public record QuestionSlice(
        List<QuestionCard> questions,
        Map<Long, PublishedAnswer> answers,
        Map<Long, OnAir> onAirMoments,
        Set<Long> myVotes,
        boolean hasMore) {}
