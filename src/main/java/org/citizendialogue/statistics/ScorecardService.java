package org.citizendialogue.statistics;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.citizendialogue.answer.CommitmentFigures;
import org.citizendialogue.answer.CommitmentStatus;
import org.citizendialogue.programme.ProgrammeCard;
import org.citizendialogue.programme.ProgrammeService;
import org.citizendialogue.shared.Bilingual;
import org.citizendialogue.submission.SubmissionFigures;
import org.citizendialogue.submission.SubmissionFigures.QuestionTiming;
import org.citizendialogue.verdict.VerdictRating;
import org.citizendialogue.verdict.Verdicts;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The scorecard (issue 17, part 2; decision 030), from the figures of the submission, answer and
 * verdict modules: public programmes only, a period of whole days in the display time zone
 * (default: the last 12 months up to today). Questions count in the period they were published
 * in, commitments in the period they were due in (and only once due).
 */
@Service
@Transactional(readOnly = true)
public class ScorecardService {

    private final ProgrammeService programmes;
    private final SubmissionFigures submissions;
    private final CommitmentFigures commitments;
    private final Verdicts verdicts;
    private final Clock clock;
    private final ZoneId zone;
    private final int responseDays;

    ScorecardService(
            ProgrammeService programmes,
            SubmissionFigures submissions,
            CommitmentFigures commitments,
            Verdicts verdicts,
            Clock clock,
            @Value("${dialogue.time-zone:Asia/Shanghai}") ZoneId zone,
            @Value("${dialogue.scorecard.response-days:7}") int responseDays) {
        this.programmes = programmes;
        this.submissions = submissions;
        this.commitments = commitments;
        this.verdicts = verdicts;
        this.clock = clock;
        this.zone = zone;
        this.responseDays = Math.max(1, responseDays);
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(zone));
    }

    /** The default period: the last 12 months, today included. */
    public LocalDate defaultFrom() {
        return today().minusMonths(12).plusDays(1);
    }

    /** The scorecard of [from, to] (whole days; nulls: the default period), of one programme (its slug) or all (null). */
    public Scorecard of(LocalDate from, LocalDate to, String programme) {
        var last = to == null ? today() : to;
        var first = from == null ? last.minusMonths(12).plusDays(1) : from;
        if (first.isAfter(last)) {
            var swap = first;
            first = last;
            last = swap;
        }
        var chosen = programmes.publicProgrammes().stream()
                .filter(d ->
                        programme == null || programme.isBlank() || d.slug().equals(programme))
                .toList();
        var ids = chosen.stream().map(ProgrammeCard::id).collect(Collectors.toSet());
        var now = clock.instant();
        var questions = submissions
                .questionsPublishedBetween(
                        first.atStartOfDay(zone).toInstant(),
                        last.plusDays(1).atStartOfDay(zone).toInstant())
                .stream()
                .filter(q -> ids.contains(q.dialogueId()))
                .toList();
        var dueLast = last.isBefore(today()) ? last : today().minusDays(1);
        var due = first.isAfter(dueLast)
                ? List.<CommitmentFigures.Due>of()
                : commitments.dueBetween(first, dueLast).stream()
                        .filter(c -> ids.contains(c.dialogueId()))
                        .toList();
        var ratings = verdicts.askerRatings(
                questions.stream().map(QuestionTiming::questionId).toList());
        var window = Duration.ofDays(responseDays);

        var all = figures("all", Bilingual.of("全部节目", "All chosen"), questions, due, ratings, now, window);
        var perProgramme = new ArrayList<ScorecardFigures>();
        Map<String, List<ProgrammeCard>> byBureau = new LinkedHashMap<>();
        for (var d : chosen) {
            perProgramme.add(
                    figures(d.slug(), d.title(), only(questions, d.id()), onlyDue(due, d.id()), ratings, now, window));
            byBureau.computeIfAbsent(
                            d.bureauName().en() == null
                                    ? d.bureauName().zh()
                                    : d.bureauName().en(),
                            k -> new ArrayList<>())
                    .add(d);
        }
        var perBureau = new ArrayList<ScorecardFigures>();
        byBureau.forEach((key, members) -> {
            var memberIds = members.stream().map(ProgrammeCard::id).collect(Collectors.toSet());
            perBureau.add(figures(
                    key,
                    members.getFirst().bureauName(),
                    questions.stream()
                            .filter(q -> memberIds.contains(q.dialogueId()))
                            .toList(),
                    due.stream().filter(c -> memberIds.contains(c.dialogueId())).toList(),
                    ratings,
                    now,
                    window));
        });
        var months = new ArrayList<Scorecard.Month>();
        for (var month = YearMonth.from(first); !month.isAfter(YearMonth.from(last)); month = month.plusMonths(1)) {
            var m = month;
            Predicate<QuestionTiming> inMonth =
                    q -> YearMonth.from(q.publishedAt().atZone(zone)).equals(m);
            var monthQuestions = questions.stream().filter(inMonth).toList();
            months.add(new Scorecard.Month(
                    month, response(monthQuestions, now, window), satisfaction(monthQuestions, ratings)));
        }
        return new Scorecard(
                first,
                last,
                responseDays,
                chosen.size() == 1 && programme != null && !programme.isBlank() ? programme : null,
                all,
                perProgramme,
                perBureau,
                months);
    }

    private static List<QuestionTiming> only(List<QuestionTiming> questions, long dialogueId) {
        return questions.stream().filter(q -> q.dialogueId() == dialogueId).toList();
    }

    private static List<CommitmentFigures.Due> onlyDue(List<CommitmentFigures.Due> due, long dialogueId) {
        return due.stream().filter(c -> c.dialogueId() == dialogueId).toList();
    }

    private ScorecardFigures figures(
            String key,
            Bilingual name,
            List<QuestionTiming> questions,
            List<CommitmentFigures.Due> due,
            Map<Long, VerdictRating> ratings,
            Instant now,
            Duration window) {
        var times = questions.stream()
                .filter(q -> q.answeredAt() != null)
                .map(q -> Duration.between(q.publishedAt(), q.answeredAt()).toSeconds())
                .toList();
        return new ScorecardFigures(
                key,
                name,
                response(questions, now, window),
                resolution(due),
                satisfaction(questions, ratings),
                Percentile.of(times, 0.5));
    }

    /** Answered within the window, of the questions whose window is over or that were answered. */
    private static Share response(List<QuestionTiming> questions, Instant now, Duration window) {
        long whole = 0;
        long part = 0;
        for (var q : questions) {
            var deadline = q.publishedAt().plus(window);
            boolean answeredInTime = q.answeredAt() != null && !q.answeredAt().isAfter(deadline);
            if (answeredInTime || q.answeredAt() != null || !now.isBefore(deadline)) {
                whole++;
                if (answeredInTime) {
                    part++;
                }
            }
        }
        return new Share(part, whole);
    }

    /** Done by the due date (its day in the display time zone), of the commitments due. */
    private Share resolution(Collection<CommitmentFigures.Due> due) {
        long done = due.stream()
                .filter(c -> c.status() == CommitmentStatus.DONE
                        && !LocalDate.ofInstant(c.changedAt(), zone).isAfter(c.dueDate()))
                .count();
        return new Share(done, due.size());
    }

    private static Satisfaction satisfaction(List<QuestionTiming> questions, Map<Long, VerdictRating> ratings) {
        long s = 0;
        long p = 0;
        long n = 0;
        for (var q : questions) {
            var r = ratings.get(q.questionId());
            if (r == VerdictRating.SATISFIED) {
                s++;
            } else if (r == VerdictRating.PARTLY) {
                p++;
            } else if (r == VerdictRating.NOT_SATISFIED) {
                n++;
            }
        }
        return new Satisfaction(s, p, n);
    }
}
