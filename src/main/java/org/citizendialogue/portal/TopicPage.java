package org.citizendialogue.portal;

import java.util.List;

import org.citizendialogue.poll.Poll;
import org.citizendialogue.programme.TopicContext;
import org.citizendialogue.submission.CommentCard;

/**
 * Everything a topic page shows when it opens, read in one transaction: the topic, the question
 * on air now, the first page of questions, the comments on the topic itself, the programme's open
 * poll with the reader's choice ({@code null} while none is open), and what the reader may do.
 */
public record TopicPage(
        TopicContext topic,
        Long onAirQuestion,
        QuestionSlice questions,
        List<CommentCard> topicComments,
        Poll openPoll,
        Abilities abilities) {}
