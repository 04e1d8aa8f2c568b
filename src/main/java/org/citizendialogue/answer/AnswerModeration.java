package org.citizendialogue.answer;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.citizendialogue.audit.AuditLog;
import org.citizendialogue.audit.AuditRecord;
import org.citizendialogue.report.OpenReports;
import org.citizendialogue.report.ReportNote;
import org.citizendialogue.report.ReportReason;
import org.citizendialogue.report.ReportSubject;
import org.citizendialogue.report.Reports;
import org.citizendialogue.report.ReviewPage;
import org.citizendialogue.shared.CurrentUser;
import org.citizendialogue.shared.NotFoundException;
import org.citizendialogue.shared.Texts;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The moderators' door for official answers, and the residents' reports on them (filed through
 * the one report capability, {@link Reports}): hide with a reason, restore, or dismiss the reports. Reports never hide an answer by themselves: when distinct
 * residents' open reports reach the threshold the answer is flagged for urgent review instead
 * (docs/decisions/015-duplicates-and-answer-reports.md).
 */
@Service
public class AnswerModeration {

    public static final int NOTE_MAX = Answer.HIDDEN_REASON_MAX;

    private final AnswerRepository answers;
    private final AnswerQueries queries;
    private final Reports reports;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AnswerModeration(
            AnswerRepository answers,
            AnswerQueries queries,
            Reports reports,
            AuditLog audit,
            ApplicationEventPublisher events,
            Clock clock) {
        this.answers = answers;
        this.queries = queries;
        this.reports = reports;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /**
     * A resident reports a public answer, once. At the threshold of distinct reporters the answer
     * is flagged for urgent review (audited); it stays public until a moderator decides.
     */
    @Transactional
    @PreAuthorize("hasRole('RESIDENT')")
    public void report(long answerId, ReportReason reason, String text) {
        var answer = answers.findById(answerId).filter(Answer::isPublic).orElseThrow(NotFoundException::new);
        int open = reports.file(ReportSubject.ANSWER, answerId, answer.authorId(), reason, text);
        if (open == reports.threshold()) {
            var reporter = CurrentUser.require();
            audit.record(new AuditRecord(
                    reporter.accountId(),
                    reporter.displayName(),
                    "ANSWER_FLAGGED",
                    "ANSWER",
                    answerId,
                    null,
                    "FLAGGED",
                    "reports reached " + reports.threshold()));
        }
        events.publishEvent(new AnswerEvents.Reported(answerId, answer.questionId(), open >= reports.threshold()));
    }

    /** Takes a published answer out of public view, with a reason for the record; open reports are settled. */
    @Transactional
    @PreAuthorize("hasRole('MODERATOR')")
    public void hide(long answerId, String reason) {
        var moderator = CurrentUser.require();
        var why = Texts.required("reason", reason, NOTE_MAX);
        var answer = answers.findById(answerId).orElseThrow(NotFoundException::new);
        answer.hide(why, clock.instant());
        answers.save(answer);
        reports.settle(ReportSubject.ANSWER, answerId, "HIDDEN");
        audit.record(new AuditRecord(
                moderator.accountId(),
                moderator.displayName(),
                "ANSWER_HIDDEN",
                "ANSWER",
                answerId,
                "PUBLISHED",
                "HIDDEN",
                why));
        events.publishEvent(new AnswerEvents.Hidden(answerId, answer.questionId(), true));
    }

    /** Puts a hidden answer back into public view; reports on it are dismissed. */
    @Transactional
    @PreAuthorize("hasRole('MODERATOR')")
    public void restore(long answerId) {
        var moderator = CurrentUser.require();
        var answer = answers.findById(answerId).orElseThrow(NotFoundException::new);
        answer.restore();
        answers.save(answer);
        reports.settle(ReportSubject.ANSWER, answerId, "DISMISSED");
        audit.record(new AuditRecord(
                moderator.accountId(),
                moderator.displayName(),
                "ANSWER_RESTORED",
                "ANSWER",
                answerId,
                "HIDDEN",
                "PUBLISHED",
                null));
        events.publishEvent(new AnswerEvents.Hidden(answerId, answer.questionId(), false));
    }

    /** The reports on this answer are unfounded: they are closed, the answer stays as it is. */
    @Transactional
    @PreAuthorize("hasRole('MODERATOR')")
    public void dismissReports(long answerId) {
        var moderator = CurrentUser.require();
        answers.findById(answerId).orElseThrow(NotFoundException::new);
        reports.settle(ReportSubject.ANSWER, answerId, "DISMISSED");
        audit.record(new AuditRecord(
                moderator.accountId(),
                moderator.displayName(),
                "ANSWER_REPORTS_DISMISSED",
                "ANSWER",
                answerId,
                null,
                null,
                null));
    }

    /**
     * Reported or hidden answers for the moderators' review: answers with open reports first,
     * most reporters first (so the flagged ones lead), then hidden answers nobody reports, newest
     * first.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('MODERATOR')")
    public List<AnswerReviewItem> reviewItems(int offset, int limit) {
        var open = reports.open(ReportSubject.ANSWER);
        var ids = open.stream().map(OpenReports::subjectId).toList();
        var content = queries.reviewContent(ids);
        var reported = open.stream()
                .filter(o -> content.containsKey(o.subjectId()))
                .map(o -> content.get(o.subjectId()).withReports(o, reports.threshold()))
                .toList();
        return ReviewPage.of(
                reported,
                offset,
                limit,
                (hiddenOffset, hiddenLimit) -> queries.hiddenUnreported(ids, hiddenOffset, hiddenLimit).stream()
                        .map(AnswerReviewContent::unreported)
                        .toList());
    }

    /** What residents wrote with their open reports on these answers, oldest first: moderators only. */
    @Transactional(readOnly = true)
    public Map<Long, List<ReportNote>> reportNotes(Collection<Long> answerIds) {
        return reports.notes(ReportSubject.ANSWER, answerIds);
    }
}
