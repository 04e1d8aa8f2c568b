package org.citizendialogue.statistics;

import java.util.List;

import org.citizendialogue.submission.PublishedQuestion;

/** Everything the statistics page of one programme shows. */
public record ProgrammeStatistics(long dialogueId, String slug, String title, Figures total, List<TopicFigures> topics,
        List<PublishedQuestion> topQuestions, List<HourCount> lastHours) {
}
