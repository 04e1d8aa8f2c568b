package org.citizendialogue.submission;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.citizendialogue.audit.AuditLog;
import org.citizendialogue.audit.AuditRecord;
import org.citizendialogue.report.OpenReports;
import org.citizendialogue.report.ReportNote;
import org.citizendialogue.report.ReportSubject;
import org.citizendialogue.report.Reports;
import org.citizendialogue.report.ReviewPage;
import org.citizendialogue.shared.CurrentUser;
import org.citizendialogue.shared.DomainException;
import org.citizendialogue.shared.NotFoundException;
import org.citizendialogue.shared.Texts;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The moderators' door: the queue, decisions (approve, reject, redact), hiding and restoring,
 * reports under review, and merging duplicates. Every method requires the moderator role; a
 * decision carries the version the moderator saw, so a colleague's decision in between is
 * refused rather than made twice.
 */
@Service
@PreAuthorize("hasRole('MODERATOR')")
public class SubmissionModeration {

    private final SubmissionRepository submissions;
    private final SubmissionQueries queries;
    private final Reports reports;
    private final VoteStore votes;
    private final MergeStore merges;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final RejectionReasons rejectionReasons;

    SubmissionModeration(
            SubmissionRepository submissions,
            SubmissionQueries queries,
            Reports reports,
            VoteStore votes,
            MergeStore merges,
            AuditLog audit,
            ApplicationEventPublisher events,
            Clock clock,
            RejectionReasons rejectionReasons) {
        this.submissions = submissions;
        this.queries = queries;
        this.reports = reports;
        this.votes = votes;
        this.merges = merges;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
        this.rejectionReasons = rejectionReasons;
    }

    /** Pending submissions matching the moderators' filter, oldest first, one page at a time. */
    @Transactional(readOnly = true)
    public List<QueueItem> pending(QueueFilter filter, int offset, int limit) {
        return queries.pending(filter, clock.instant(), Math.max(0, offset), SubmissionQueries.page(limit));
    }

    /** How many pending submissions match the moderators' filter. */
    @Transactional(readOnly = true)
    public long countPending(QueueFilter filter) {
        return queries.countPending(filter, clock.instant());
    }

    /** One pending submission, as the queue shows it. */
    @Transactional(readOnly = true)
    public Optional<QueueItem> pendingItem(long submissionId) {
        return queries.pendingItem(submissionId);
    }

    /**
     * Publishes a pending submission. The version is the one the moderator saw: if a colleague
     * decided in between, this one is refused rather than deciding twice.
     */
    @Transactional
    public void approve(long submissionId, int seenVersion) {
        var moderator = CurrentUser.require();
        var submission = decidable(submissionId, seenVersion);
        submission.publish(moderator.accountId(), clock.instant());
        submissions.save(submission);
        audit.record(new AuditRecord(
                        moderator.accountId(),
                        moderator.displayName(),
                        "SUBMISSION_APPROVED",
                        "SUBMISSION",
                        submissionId,
                        "PENDING",
                        "PUBLISHED",
                        null)
                .inProgramme(submission.dialogueId()));
        events.publishEvent(new SubmissionEvents.Published(
                submissionId, submission.kind(), submission.topicId(), submission.questionId()));
    }

    /**
     * Rejects a pending submission with a reason the author will see (the code of an active
     * reason of the managed list; anything else is refused), and an optional private note.
     */
    @Transactional
    public void reject(long submissionId, int seenVersion, String reasonCode, String note) {
        var moderator = CurrentUser.require();
        var reason = rejectionReasons.requireActive(reasonCode).code();
        var privateNote = Texts.optional("note", note, Submission.NOTE_MAX);
        var submission = decidable(submissionId, seenVersion);
        submission.reject(moderator.accountId(), reason, privateNote, clock.instant());
        submissions.save(submission);
        audit.record(new AuditRecord(
                        moderator.accountId(),
                        moderator.displayName(),
                        "SUBMISSION_REJECTED",
                        "SUBMISSION",
                        submissionId,
                        "PENDING",
                        "REJECTED",
                        reason + (privateNote == null ? "" : ": " + privateNote))
                .inProgramme(submission.dialogueId()));
        events.publishEvent(new SubmissionEvents.Rejected(submissionId, submission.authorId(), reason));
    }

    /**
     * Edits a pending submission's text before approval, to take out personal data. The public
     * sees only the edited text, marked as edited by moderation; the author's original stays in
     * the submission for moderators and in the audit log.
     */
    @Transactional
    public void redact(long submissionId, int seenVersion, String text) {
        var moderator = CurrentUser.require();
        var body = Texts.required("text", text, Submission.BODY_MAX);
        var submission = decidable(submissionId, seenVersion);
        var before = submission.body();
        submission.redact(body);
        submissions.save(submission);
        audit.record(new AuditRecord(
                        moderator.accountId(),
                        moderator.displayName(),
                        "SUBMISSION_REDACTED",
                        "SUBMISSION",
                        submissionId,
                        before,
                        body,
                        null)
                .inProgramme(submission.dialogueId()));
    }

    /** Takes published content out of public view, with a reason for the record. Open reports on it are settled. */
    @Transactional
    public void hide(long submissionId, String reason) {
        var moderator = CurrentUser.require();
        var why = Texts.required("reason", reason, Submission.NOTE_MAX);
        var submission = submissions.findById(submissionId).orElseThrow(NotFoundException::new);
        submission.hide(why, clock.instant());
        submissions.save(submission);
        reports.settle(ReportSubject.SUBMISSION, submissionId, "HIDDEN");
        audit.record(new AuditRecord(
                        moderator.accountId(),
                        moderator.displayName(),
                        "SUBMISSION_HIDDEN",
                        "SUBMISSION",
                        submissionId,
                        "PUBLISHED",
                        "HIDDEN",
                        why)
                .inProgramme(submission.dialogueId()));
        events.publishEvent(submission.hiddenEvent(false));
    }

    /** Puts hidden content back into public view; reports that led to hiding it are dismissed. */
    @Transactional
    public void restore(long submissionId) {
        var moderator = CurrentUser.require();
        var submission = submissions.findById(submissionId).orElseThrow(NotFoundException::new);
        submission.restore();
        submissions.save(submission);
        reports.settle(ReportSubject.SUBMISSION, submissionId, "DISMISSED");
        audit.record(new AuditRecord(
                        moderator.accountId(),
                        moderator.displayName(),
                        "SUBMISSION_RESTORED",
                        "SUBMISSION",
                        submissionId,
                        "HIDDEN",
                        "PUBLISHED",
                        null)
                .inProgramme(submission.dialogueId()));
        events.publishEvent(new SubmissionEvents.Restored(
                submissionId, submission.kind(), submission.topicId(), submission.questionId()));
    }

    /** The reports on this content are unfounded: they are closed, and content they hid is restored. */
    @Transactional
    public void dismissReports(long submissionId) {
        var moderator = CurrentUser.require();
        var submission = submissions.findById(submissionId).orElseThrow(NotFoundException::new);
        if (submission.status() == SubmissionStatus.HIDDEN && submission.hiddenByReports()) {
            restore(submissionId);
            return;
        }
        reports.settle(ReportSubject.SUBMISSION, submissionId, "DISMISSED");
        audit.record(new AuditRecord(
                        moderator.accountId(),
                        moderator.displayName(),
                        "REPORTS_DISMISSED",
                        "SUBMISSION",
                        submissionId,
                        null,
                        null,
                        null)
                .inProgramme(submission.dialogueId()));
        events.publishEvent(new SubmissionEvents.ReportsChanged(submissionId));
    }

    // ---- duplicates ----

    /**
     * Marks a pending or published question as a duplicate of a published question of the same
     * programme and merges it there, in one transaction: its votes move once (a resident who voted
     * for both counts once, the original's author's own vote is never added), its comments join
     * the original's thread, open reports on it are settled, and it leaves every public list.
     * Refused for the question itself, comments, answered duplicates, originals that are not
     * published or belong to another programme, and originals that were merged themselves (the
     * message names their target). See docs/decisions/015-duplicates-and-answer-reports.md.
     */
    @Transactional
    public void merge(long duplicateId, long originalId) {
        var moderator = CurrentUser.require();
        if (duplicateId == originalId) {
            throw new DomainException("merge.error.self");
        }
        merges.lock(duplicateId, originalId);
        var duplicate = submissions.findById(duplicateId).orElseThrow(NotFoundException::new);
        var original = submissions
                .findById(originalId)
                .orElseThrow(() -> DomainException.atField("original", "merge.error.original-not-published"));
        var before = duplicate.status();
        int votesBefore = votes.count(originalId);
        int duplicateVotes = votes.count(duplicateId);
        duplicate.mergeInto(original, moderator.accountId(), clock.instant());
        submissions.save(duplicate);
        int votesAfter = merges.moveVotes(duplicateId, originalId, original.authorId());
        int comments = merges.moveComments(duplicateId, originalId, original.topicId());
        merges.repointMerged(duplicateId, originalId);
        reports.settle(ReportSubject.SUBMISSION, duplicateId, "MERGED");
        audit.record(new AuditRecord(
                        moderator.accountId(),
                        moderator.displayName(),
                        "SUBMISSION_MERGED",
                        "SUBMISSION",
                        duplicateId,
                        before + ", " + duplicateVotes + " votes",
                        "MERGED into " + originalId + ", its votes " + votesBefore + " → " + votesAfter,
                        comments + " comments moved")
                .inProgramme(duplicate.dialogueId()));
        events.publishEvent(new SubmissionEvents.Merged(
                duplicateId,
                originalId,
                duplicate.topicId(),
                original.topicId(),
                original.dialogueId(),
                duplicate.authorId(),
                before == SubmissionStatus.PENDING,
                votesAfter));
    }

    /**
     * Published questions of the same programme a question could be merged into, most voted
     * first: those whose text contains the filter, or the one whose id it is ("#12" or "12").
     */
    @Transactional(readOnly = true)
    public List<QuestionCard> mergeCandidates(long duplicateId, String filter, int offset, int limit) {
        var duplicate = submissions.findById(duplicateId).orElseThrow(NotFoundException::new);
        return queries.mergeCandidates(
                duplicate.dialogueId(),
                duplicateId,
                filter == null ? "" : filter.strip(),
                offset,
                SubmissionQueries.page(limit));
    }

    /**
     * Reported or hidden content for the moderators' review: content with open reports first,
     * most reporters first, then the latest report; then hidden content nobody reports, newest
     * first.
     */
    @Transactional(readOnly = true)
    public List<ReviewItem> reviewItems(int offset, int limit) {
        var open = reports.open(ReportSubject.SUBMISSION);
        var ids = open.stream().map(OpenReports::subjectId).toList();
        var content = queries.reviewContent(ids);
        var reported = open.stream()
                .filter(o -> content.containsKey(o.subjectId()))
                .map(o -> content.get(o.subjectId()).withReports(o))
                .toList();
        return ReviewPage.of(
                reported,
                offset,
                limit,
                (hiddenOffset, hiddenLimit) -> queries.hiddenUnreported(ids, hiddenOffset, hiddenLimit).stream()
                        .map(ReviewContent::unreported)
                        .toList());
    }

    /** What residents wrote with their open reports on these submissions, oldest first: moderators only. */
    @Transactional(readOnly = true)
    public Map<Long, List<ReportNote>> reportNotes(Collection<Long> submissionIds) {
        return reports.notes(ReportSubject.SUBMISSION, submissionIds);
    }

    private Submission decidable(long submissionId, int seenVersion) {
        var submission = submissions.findById(submissionId).orElseThrow(NotFoundException::new);
        if (submission.version() != seenVersion) {
            throw new OptimisticLockingFailureException("Submission " + submissionId + " changed since it was shown");
        }
        return submission;
    }
}
