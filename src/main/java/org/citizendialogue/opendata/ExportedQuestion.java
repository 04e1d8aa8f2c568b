package org.citizendialogue.opendata;

import org.citizendialogue.answer.PublishedAnswer;
import org.citizendialogue.programme.TopicSummary;
import org.citizendialogue.submission.PublishedQuestion;

/** One row of an export: a published question, its topic and its published answer (or null). */
record ExportedQuestion(PublishedQuestion question, TopicSummary topic, PublishedAnswer answer) {}
