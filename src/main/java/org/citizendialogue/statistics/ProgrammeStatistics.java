package org.citizendialogue.statistics;

import java.util.List;

import org.citizendialogue.shared.Bilingual;
import org.citizendialogue.submission.PublishedQuestion;

/** Everything the statistics page of one programme shows. */
public record ProgrammeStatistics(
        long dialogueId,
        String slug,
        Bilingual title,
        Figures total,
        List<TopicFigures> topics,
        List<PublishedQuestion> topQuestions,
        List<HourCount> lastHours) {}
