package org.citizendialogue.statistics;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.citizendialogue.programme.ProgrammeCard;
import org.citizendialogue.programme.ProgrammeDetails;
import org.citizendialogue.programme.ProgrammeService;
import org.citizendialogue.submission.PublishedSubmissions;
import org.citizendialogue.submission.SubmissionFigures;
import org.citizendialogue.submission.SubmissionFigures.StateCount;
import org.citizendialogue.submission.SubmissionFigures.Timing;
import org.citizendialogue.submission.SubmissionKind;
import org.citizendialogue.submission.SubmissionStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Computes a programme's statistics from the submission module's counts and timings: five
 * queries per programme, whatever its size. Percentiles are computed here (see {@link Percentile}).
 */
@Service
@Transactional(readOnly = true)
public class StatisticsService {

    public static final int HOURS = 48;
    public static final int TOP = 5;

    private final ProgrammeService programmes;
    private final SubmissionFigures figures;
    private final PublishedSubmissions published;
    private final Clock clock;

    StatisticsService(
            ProgrammeService programmes, SubmissionFigures figures, PublishedSubmissions published, Clock clock) {
        this.programmes = programmes;
        this.figures = figures;
        this.published = published;
        this.clock = clock;
    }

    /** The statistics of a public programme; empty for a draft or unknown one. */
    public Optional<ProgrammeStatistics> ofProgramme(String slug) {
        return programmes.publicProgramme(slug).map(this::compute);
    }

    /** The programmes an admin can pick from. */
    @PreAuthorize("hasRole('ADMIN')")
    public List<ProgrammeCard> programmes() {
        return programmes.publicProgrammes();
    }

    /** The same figures for admins (the role is checked here, not only on the page). */
    @PreAuthorize("hasRole('ADMIN')")
    public Optional<ProgrammeStatistics> forAdmin(String slug) {
        return ofProgramme(slug);
    }

    private ProgrammeStatistics compute(ProgrammeDetails dialogue) {
        var counts = figures.stateCounts(dialogue.id());
        var decisions = figures.decisionTimes(dialogue.id());
        var answers = figures.answerTimes(dialogue.id());
        var topics = new ArrayList<TopicFigures>();
        for (var topic : dialogue.topics()) {
            topics.add(new TopicFigures(
                    topic.id(),
                    topic.slug(),
                    topic.title(),
                    topic.position(),
                    figures(
                            counts.stream()
                                    .filter(c -> c.topicId() == topic.id())
                                    .toList(),
                            decisions.stream()
                                    .filter(t -> t.topicId() == topic.id())
                                    .toList(),
                            answers.stream()
                                    .filter(t -> t.topicId() == topic.id())
                                    .toList())));
        }
        return new ProgrammeStatistics(
                dialogue.id(),
                dialogue.slug(),
                dialogue.title(),
                figures(counts, decisions, answers),
                topics,
                published.topQuestions(dialogue.id(), TOP),
                lastHours(dialogue.id()));
    }

    static Figures figures(List<StateCount> counts, List<Timing> decisions, List<Timing> answers) {
        var byState = new EnumMap<SubmissionStatus, Long>(SubmissionStatus.class);
        long questionsPublished = 0;
        for (var c : counts) {
            byState.merge(c.status(), c.count(), Long::sum);
            if (c.kind() == SubmissionKind.QUESTION && c.status() == SubmissionStatus.PUBLISHED) {
                questionsPublished += c.count();
            }
        }
        var toDecision = decisions.stream().map(Timing::seconds).toList();
        var toAnswer = answers.stream().map(Timing::seconds).toList();
        return new Figures(
                byState,
                questionsPublished,
                toAnswer.size(),
                Percentile.of(toDecision, 0.5),
                Percentile.of(toDecision, 0.9),
                Percentile.of(toAnswer, 0.5),
                Percentile.of(toAnswer, 0.9));
    }

    /** Submissions per whole hour over the last {@link #HOURS} hours, oldest first, the current hour last. */
    private List<HourCount> lastHours(long dialogueId) {
        var current = clock.instant().truncatedTo(ChronoUnit.HOURS);
        var first = current.minus(Duration.ofHours(HOURS - 1));
        Map<Instant, Long> perHour = figures.submittedSince(dialogueId, first).stream()
                .collect(Collectors.groupingBy(t -> t.truncatedTo(ChronoUnit.HOURS), Collectors.counting()));
        var hours = new ArrayList<HourCount>(HOURS);
        for (int i = 0; i < HOURS; i++) {
            var hour = first.plus(Duration.ofHours(i));
            hours.add(new HourCount(hour, perHour.getOrDefault(hour, 0L)));
        }
        return hours;
    }
}
