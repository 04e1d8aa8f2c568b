package org.citizendialogue.opendata;

import org.citizendialogue.answer.PublishedAnswer;
import org.citizendialogue.programme.TopicContext;
import org.citizendialogue.submission.PublishedQuestion;

/** One published answer in a feed, with its question and where the question belongs. */
record FeedEntry(PublishedAnswer answer, PublishedQuestion question, TopicContext topic) {}
