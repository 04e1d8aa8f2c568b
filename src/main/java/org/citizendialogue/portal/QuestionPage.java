package org.citizendialogue.portal;

import java.time.Instant;
import java.util.List;

import org.citizendialogue.answer.AnswerRevision;
import org.citizendialogue.answer.CommitmentCard;
import org.citizendialogue.answer.OnAir;
import org.citizendialogue.answer.PublishedAnswer;
import org.citizendialogue.programme.TopicContext;
import org.citizendialogue.submission.CommentCard;
import org.citizendialogue.submission.QuestionCard;

/**
 * Everything a question's page shows, read in one transaction: the question and its topic, its
 * comments, its published answer with revisions and commitments (empty without an answer), its
 * on-air record, whether it is on air now, the reader's vote, and what the reader may do.
 */
public record QuestionPage(
        QuestionCard question,
        TopicContext topic,
        List<CommentCard> comments,
        PublishedAnswer answer,
        List<AnswerRevision> revisions,
        List<CommitmentCard> commitments,
        Instant publishedAt,
        OnAir onAirMoment,
        boolean onAirNow,
        boolean voted,
        Abilities abilities)
        implements QuestionAddress {}
