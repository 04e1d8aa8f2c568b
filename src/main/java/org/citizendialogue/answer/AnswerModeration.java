package org.citizendialogue.answer;

import java.time.Clock;
import java.util.List;

import org.citizendialogue.account.EmailVerifications;
import org.citizendialogue.account.Suspensions;
import org.citizendialogue.audit.AuditLog;
import org.citizendialogue.audit.AuditRecord;
import org.citizendialogue.shared.CurrentUser;
import org.citizendialogue.shared.DomainException;
import org.citizendialogue.shared.NotFoundException;
import org.citizendialogue.shared.Texts;
import org.citizendialogue.shared.limits.Limit;
import org.citizendialogue.shared.limits.RateLimits;
import org.citizendialogue.submission.ReportReason;
import org.citizendialogue.submission.SubmissionService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Residents' reports on official answers and the moderators' answer to them: hide with a reason,
 * restore, or dismiss the reports. Reports never hide an answer by themselves: when distinct
 * residents' open reports reach the threshold the answer is flagged for urgent review instead
 * (docs/decisions/015-duplicates-and-answer-reports.md).
 */
@Service
public class AnswerModeration {

    public static final int NOTE_MAX = SubmissionService.NOTE_MAX;
    private static final int PAGE_MAX = 100;

    private final AnswerRepository answers;
    private final AnswerReportStore reports;
    private final int threshold;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Suspensions suspensions;
    private final RateLimits limits;
    private final EmailVerifications verifications;

    AnswerModeration(
            AnswerRepository answers,
            AnswerReportStore reports,
            @Value("${dialogue.moderation.report-threshold:3}") int threshold,
            AuditLog audit,
            ApplicationEventPublisher events,
            Clock clock,
            Suspensions suspensions,
            RateLimits limits,
            EmailVerifications verifications) {
        this.verifications = verifications;
        this.suspensions = suspensions;
        this.limits = limits;
        this.answers = answers;
        this.reports = reports;
        this.threshold = Math.max(1, threshold);
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
        var reporter = CurrentUser.require();
        suspensions.ensureNotSuspended(reporter.accountId());
        verifications.ensureVerified(reporter.accountId());
        if (reason == null) {
            throw DomainException.atField("reason", "validation.required");
        }
        var detail = Texts.optional("text", text, NOTE_MAX);
        var answer = answers.findById(answerId).filter(Answer::isPublic).orElseThrow(NotFoundException::new);
        if (answer.authorId() == reporter.accountId()) {
            throw new DomainException("report.error.own");
        }
        limits.consume(Limit.REPORTS, "account:" + reporter.accountId());
        if (!reports.add(answerId, reporter.accountId(), reason, detail, clock.instant())) {
            throw new DomainException("report.error.twice");
        }
        int open = reports.openReporters(answerId);
        if (open == threshold) {
            audit.record(new AuditRecord(
                    reporter.accountId(),
                    reporter.displayName(),
                    "ANSWER_FLAGGED",
                    "ANSWER",
                    answerId,
                    null,
                    "FLAGGED",
                    "reports reached " + threshold));
        }
        events.publishEvent(new AnswerEvents.Reported(answerId, answer.questionId(), open >= threshold));
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
        reports.resolve(answerId, "HIDDEN", moderator.accountId(), clock.instant());
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
        reports.resolve(answerId, "DISMISSED", moderator.accountId(), clock.instant());
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
        reports.resolve(answerId, "DISMISSED", moderator.accountId(), clock.instant());
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

    /** Reported or hidden answers for the moderators' review: flagged first, then most reported. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('MODERATOR')")
    public List<AnswerReviewItem> reviewItems(int offset, int limit) {
        return reports.review(threshold, offset, Math.max(1, Math.min(limit, PAGE_MAX)));
    }
}
