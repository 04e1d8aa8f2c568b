package org.citizendialogue.submission;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.citizendialogue.account.EmailVerifications;
import org.citizendialogue.account.Suspensions;
import org.citizendialogue.audit.AuditLog;
import org.citizendialogue.audit.AuditRecord;
import org.citizendialogue.dialogue.DialogueService;
import org.citizendialogue.dialogue.TopicContext;
import org.citizendialogue.shared.CurrentUser;
import org.citizendialogue.shared.DomainException;
import org.citizendialogue.shared.NotFoundException;
import org.citizendialogue.shared.Texts;
import org.citizendialogue.shared.limits.Limit;
import org.citizendialogue.shared.limits.RateLimits;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Asking, commenting, withdrawing, and the moderators' decisions. Every method that changes
 * state checks the role here (method security) and ownership on the aggregate; the views'
 * hidden buttons are only a courtesy.
 */
@Service
public class SubmissionService {

    public static final int BODY_MAX = Submission.BODY_MAX;
    public static final int NOTE_MAX = Submission.NOTE_MAX;
    private static final int PAGE_MAX = 100;

    private final SubmissionRepository submissions;
    private final SubmissionQueries queries;
    private final ReportStore reports;
    private final int reportThreshold;
    private final VoteStore votes;
    private final MergeStore merges;
    private final DialogueService dialogues;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final RateLimits limits;
    private final BlockedPhrases blocked;
    private final Duration repeatWindow;
    private final Suspensions suspensions;
    private final RejectionReasons rejectionReasons;
    /** A new account confirms its e-mail address before it asks, comments, votes or reports (decision 021). */
    private final EmailVerifications verifications;

    SubmissionService(
            SubmissionRepository submissions,
            SubmissionQueries queries,
            ReportStore reports,
            @Value("${dialogue.moderation.report-threshold:3}") int reportThreshold,
            VoteStore votes,
            MergeStore merges,
            DialogueService dialogues,
            AuditLog audit,
            ApplicationEventPublisher events,
            Clock clock,
            RateLimits limits,
            BlockedPhrases blocked,
            @Value("${dialogue.limits.repeat-window:10m}") Duration repeatWindow,
            Suspensions suspensions,
            RejectionReasons rejectionReasons,
            EmailVerifications verifications) {
        this.verifications = verifications;
        this.merges = merges;
        this.suspensions = suspensions;
        this.rejectionReasons = rejectionReasons;
        this.submissions = submissions;
        this.queries = queries;
        this.reports = reports;
        this.reportThreshold = Math.max(1, reportThreshold);
        this.votes = votes;
        this.dialogues = dialogues;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
        this.limits = limits;
        this.blocked = blocked;
        this.repeatWindow = repeatWindow;
    }

    /** Asks a question on a topic; it waits for moderation. */
    @Transactional
    @PreAuthorize("hasRole('RESIDENT')")
    public long ask(long topicId, String text) {
        var author = CurrentUser.require();
        suspensions.ensureNotSuspended(author.accountId());
        verifications.ensureVerified(author.accountId());
        var topic = openTopic(topicId);
        var body = Texts.required("text", text, BODY_MAX);
        var held = screen(author.accountId(), body);
        var question = Submission.question(
                topic.dialogueId(), topicId, author.accountId(), author.displayName(), body, clock.instant());
        held.ifPresent(question::holdFor);
        var saved = submissions.save(question);
        events.publishEvent(
                new SubmissionEvents.Received(saved.id(), saved.version(), SubmissionKind.QUESTION, topicId));
        return saved.id();
    }

    /** Comments on a published question of the topic, or on the topic itself when questionId is null. */
    @Transactional
    @PreAuthorize("hasRole('RESIDENT')")
    public long comment(long topicId, Long questionId, String text) {
        var author = CurrentUser.require();
        suspensions.ensureNotSuspended(author.accountId());
        verifications.ensureVerified(author.accountId());
        var topic = openTopic(topicId);
        if (questionId != null) {
            var question = submissions
                    .findById(questionId)
                    .filter(Submission::isPublishedQuestion)
                    .filter(q -> q.topicId() == topicId)
                    .orElseThrow(NotFoundException::new);
            questionId = question.id();
        }
        var body = Texts.required("text", text, BODY_MAX);
        var held = screen(author.accountId(), body);
        var comment = Submission.comment(
                topic.dialogueId(),
                topicId,
                questionId,
                author.accountId(),
                author.displayName(),
                body,
                clock.instant());
        held.ifPresent(comment::holdFor);
        var saved = submissions.save(comment);
        events.publishEvent(
                new SubmissionEvents.Received(saved.id(), saved.version(), SubmissionKind.COMMENT, topicId));
        return saved.id();
    }

    /**
     * The asker's comment on their own published question, with the text of a verdict on its
     * answer (issue 17): a comment like any other (screened, queued, public only once a moderator
     * approves it), but also after the programme has stopped taking questions, since answers come
     * later. Only the question's author may; the verdict module calls it with its own limit on the text.
     */
    @Transactional
    @PreAuthorize("hasRole('RESIDENT')")
    public long askerComment(long questionId, String text, int maxLength) {
        var author = CurrentUser.require();
        suspensions.ensureNotSuspended(author.accountId());
        verifications.ensureVerified(author.accountId());
        var question = submissions
                .findById(questionId)
                .filter(Submission::isPublishedQuestion)
                .orElseThrow(NotFoundException::new);
        if (question.authorId() != author.accountId()) {
            throw new AccessDeniedException("Not the asker of question " + questionId);
        }
        var body = Texts.required("comment", text, Math.min(maxLength, BODY_MAX));
        Optional<String> held;
        try {
            held = screen(author.accountId(), body);
        } catch (DomainException refused) {
            throw refused.field() == null
                    ? refused
                    : DomainException.atField("comment", refused.messageKey(), refused.arguments());
        }
        var comment = Submission.comment(
                question.dialogueId(),
                question.topicId(),
                questionId,
                author.accountId(),
                author.displayName(),
                body,
                clock.instant());
        held.ifPresent(comment::holdFor);
        var saved = submissions.save(comment);
        events.publishEvent(
                new SubmissionEvents.Received(saved.id(), saved.version(), SubmissionKind.COMMENT, question.topicId()));
        return saved.id();
    }

    /**
     * The abuse controls every new question and comment passes, in this order: the author's
     * submission allowance (per account and per address), the same text sent again within the
     * repeat window, and the blocked phrases. Returns the phrase to hold the text for, if any.
     */
    private Optional<String> screen(long authorId, String body) {
        limits.consume(Limit.SUBMISSIONS, "account:" + authorId);
        var text = sameText(body);
        if (queries.recentBodies(authorId, clock.instant().minus(repeatWindow)).stream()
                .map(SubmissionService::sameText)
                .anyMatch(text::equals)) {
            throw DomainException.atField("text", "submission.error.repeat");
        }
        var match = blocked.match(body);
        if (match.isPresent() && match.get().action() == PhraseAction.REFUSE) {
            throw DomainException.atField("text", "submission.error.blocked");
        }
        return match.map(BlockedPhrases.Match::phrase);
    }

    /** The text as the repeat check compares it: trimmed, each run of white space as one space. */
    private static String sameText(String body) {
        return body.strip().replaceAll("(?U)\\s+", " ");
    }

    private TopicContext openTopic(long topicId) {
        var topic = dialogues.topic(topicId).orElseThrow(NotFoundException::new);
        if (!topic.status().acceptsSubmissions()) {
            throw new DomainException("ask.closed");
        }
        return topic;
    }

    /** The author takes back a submission that has not been decided yet. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void withdraw(long submissionId) {
        var submission = submissions.findById(submissionId).orElseThrow(NotFoundException::new);
        submission.withdraw(CurrentUser.require().accountId());
        submissions.save(submission);
        events.publishEvent(new SubmissionEvents.Withdrawn(submissionId));
    }

    /** The signed-in resident's own submissions, newest first, in every state. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<MySubmission> mine(int offset, int limit) {
        return queries.byAuthor(CurrentUser.require().accountId(), offset, page(limit));
    }

    // ---- public reading: published content only ----

    @Transactional(readOnly = true)
    public List<QuestionCard> publishedQuestions(long topicId, QuestionSort sort, int offset, int limit) {
        return queries.publishedQuestions(topicId, sort, offset, page(limit));
    }

    @Transactional(readOnly = true)
    public Optional<QuestionCard> publishedQuestion(long questionId) {
        return queries.publishedQuestion(questionId);
    }

    /** Published comments of several questions at once, each list oldest first. */
    @Transactional(readOnly = true)
    public Map<Long, List<CommentCard>> publishedComments(Collection<Long> questionIds) {
        return queries.publishedComments(questionIds);
    }

    @Transactional(readOnly = true)
    public List<CommentCard> topicComments(long topicId, int offset, int limit) {
        return queries.topicComments(topicId, offset, page(limit));
    }

    @Transactional(readOnly = true)
    public Map<Long, TopicCounts> countsByTopic(Collection<Long> topicIds) {
        return queries.countsByTopic(topicIds);
    }

    /** The published questions of a programme with the most votes, for the live wall. */
    @Transactional(readOnly = true)
    public List<QuestionCard> topQuestions(long dialogueId, int limit) {
        return queries.topQuestions(dialogueId, page(limit));
    }

    @Transactional(readOnly = true)
    public Optional<CommentCard> publishedComment(long commentId) {
        return queries.publishedComment(commentId);
    }

    // ---- votes ----

    /**
     * Upvotes a published question, once per resident; not one's own, and only while the
     * programme takes part. Returns the new count.
     */
    @Transactional
    @PreAuthorize("hasRole('RESIDENT')")
    public int vote(long questionId) {
        var voter = CurrentUser.require();
        suspensions.ensureNotSuspended(voter.accountId());
        verifications.ensureVerified(voter.accountId());
        var question = votable(questionId);
        if (question.authorId() == voter.accountId()) {
            throw new DomainException("vote.error.own");
        }
        limits.consume(Limit.VOTES, "account:" + voter.accountId());
        votes.add(questionId, voter.accountId(), clock.instant());
        return votesChanged(question);
    }

    /** Takes one's vote back. Returns the new count. */
    @Transactional
    @PreAuthorize("hasRole('RESIDENT')")
    public int unvote(long questionId) {
        var voter = CurrentUser.require();
        suspensions.ensureNotSuspended(voter.accountId());
        verifications.ensureVerified(voter.accountId());
        var question = votable(questionId);
        limits.consume(Limit.VOTES, "account:" + voter.accountId());
        votes.remove(questionId, voter.accountId());
        return votesChanged(question);
    }

    private Submission votable(long questionId) {
        var question = submissions
                .findById(questionId)
                .filter(Submission::isPublishedQuestion)
                .orElseThrow(NotFoundException::new);
        openTopic(question.topicId());
        return question;
    }

    private int votesChanged(Submission question) {
        var count = votes.count(question.id());
        events.publishEvent(
                new SubmissionEvents.VoteChanged(question.id(), question.topicId(), question.dialogueId(), count));
        return count;
    }

    /** Which of these questions the signed-in resident has voted for (none for visitors). */
    @Transactional(readOnly = true)
    public Set<Long> myVotes(Collection<Long> questionIds) {
        return CurrentUser.get()
                .map(u -> votes.votedBy(u.accountId(), questionIds))
                .orElse(Set.of());
    }

    // ---- moderation ----

    /** Pending submissions matching the moderators' filter, oldest first, one page at a time. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('MODERATOR')")
    public List<QueueItem> pending(QueueFilter filter, int offset, int limit) {
        return queries.pending(filter, clock.instant(), Math.max(0, offset), page(limit));
    }

    /** How many pending submissions match the moderators' filter. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('MODERATOR')")
    public long countPending(QueueFilter filter) {
        return queries.countPending(filter, clock.instant());
    }

    /** One pending submission, as the queue shows it. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('MODERATOR')")
    public Optional<QueueItem> pendingItem(long submissionId) {
        return queries.pendingItem(submissionId);
    }

    /**
     * A submission that has just arrived, as the queue shows it, while it is still pending: read
     * once per node by the moderation queue's feed after the commit (decision 032), outside any
     * person's request, so it takes no role. Its one use is the live queue channel, which only
     * the moderators' queue page subscribes to; everything a person calls is {@link #pendingItem}.
     */
    @Transactional(readOnly = true)
    public Optional<QueueItem> arrivedForQueue(long submissionId) {
        return queries.pendingItem(submissionId);
    }

    /** How many submissions wait for moderation: a public figure, no content (transparency). */
    @Transactional(readOnly = true)
    public long countPending() {
        return queries.countPending();
    }

    /**
     * Publishes a pending submission. The version is the one the moderator saw: if a colleague
     * decided in between, this one is refused rather than deciding twice.
     */
    @Transactional
    @PreAuthorize("hasRole('MODERATOR')")
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
                null));
        events.publishEvent(new SubmissionEvents.Published(
                submissionId, submission.kind(), submission.topicId(), submission.questionId()));
    }

    /**
     * Rejects a pending submission with a reason the author will see (the code of an active
     * reason of the managed list; anything else is refused), and an optional private note.
     */
    @Transactional
    @PreAuthorize("hasRole('MODERATOR')")
    public void reject(long submissionId, int seenVersion, String reasonCode, String note) {
        var moderator = CurrentUser.require();
        var reason = rejectionReasons.requireActive(reasonCode).code();
        var privateNote = Texts.optional("note", note, NOTE_MAX);
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
                reason + (privateNote == null ? "" : ": " + privateNote)));
        events.publishEvent(new SubmissionEvents.Rejected(submissionId, submission.authorId(), reason));
    }

    /**
     * Edits a pending submission's text before approval, to take out personal data. The public
     * sees only the edited text, marked as edited by moderation; the author's original stays in
     * the submission for moderators and in the audit log.
     */
    @Transactional
    @PreAuthorize("hasRole('MODERATOR')")
    public void redact(long submissionId, int seenVersion, String text) {
        var moderator = CurrentUser.require();
        var body = Texts.required("text", text, BODY_MAX);
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
                null));
    }

    /** Takes published content out of public view, with a reason for the record. Open reports on it are settled. */
    @Transactional
    @PreAuthorize("hasRole('MODERATOR')")
    public void hide(long submissionId, String reason) {
        var moderator = CurrentUser.require();
        var why = Texts.required("reason", reason, NOTE_MAX);
        var submission = submissions.findById(submissionId).orElseThrow(NotFoundException::new);
        submission.hide(why, clock.instant());
        submissions.save(submission);
        reports.resolve(submissionId, "HIDDEN", moderator.accountId(), clock.instant());
        audit.record(new AuditRecord(
                moderator.accountId(),
                moderator.displayName(),
                "SUBMISSION_HIDDEN",
                "SUBMISSION",
                submissionId,
                "PUBLISHED",
                "HIDDEN",
                why));
        hidden(submission, false);
    }

    /** Puts hidden content back into public view; reports that led to hiding it are dismissed. */
    @Transactional
    @PreAuthorize("hasRole('MODERATOR')")
    public void restore(long submissionId) {
        var moderator = CurrentUser.require();
        var submission = submissions.findById(submissionId).orElseThrow(NotFoundException::new);
        submission.restore();
        submissions.save(submission);
        reports.resolve(submissionId, "DISMISSED", moderator.accountId(), clock.instant());
        audit.record(new AuditRecord(
                moderator.accountId(),
                moderator.displayName(),
                "SUBMISSION_RESTORED",
                "SUBMISSION",
                submissionId,
                "HIDDEN",
                "PUBLISHED",
                null));
        events.publishEvent(new SubmissionEvents.Restored(
                submissionId, submission.kind(), submission.topicId(), submission.questionId()));
    }

    /** The reports on this content are unfounded: they are closed, and content they hid is restored. */
    @Transactional
    @PreAuthorize("hasRole('MODERATOR')")
    public void dismissReports(long submissionId) {
        var moderator = CurrentUser.require();
        var submission = submissions.findById(submissionId).orElseThrow(NotFoundException::new);
        if (submission.status() == SubmissionStatus.HIDDEN && submission.hiddenByReports()) {
            restore(submissionId);
            return;
        }
        reports.resolve(submissionId, "DISMISSED", moderator.accountId(), clock.instant());
        audit.record(new AuditRecord(
                moderator.accountId(),
                moderator.displayName(),
                "REPORTS_DISMISSED",
                "SUBMISSION",
                submissionId,
                null,
                null,
                null));
        events.publishEvent(new SubmissionEvents.ReportsChanged(submissionId));
    }

    /**
     * A resident reports a published question or comment, once. When distinct residents' open
     * reports reach the configured threshold, it is hidden pending a moderator's review.
     */
    @Transactional
    @PreAuthorize("hasRole('RESIDENT')")
    public void report(long submissionId, ReportReason reason, String text) {
        var reporter = CurrentUser.require();
        suspensions.ensureNotSuspended(reporter.accountId());
        verifications.ensureVerified(reporter.accountId());
        if (reason == null) {
            throw DomainException.atField("reason", "validation.required");
        }
        var detail = Texts.optional("text", text, NOTE_MAX);
        var submission = submissions
                .findById(submissionId)
                .filter(s -> s.status() == SubmissionStatus.PUBLISHED)
                .orElseThrow(NotFoundException::new);
        if (submission.authorId() == reporter.accountId()) {
            throw new DomainException("report.error.own");
        }
        limits.consume(Limit.REPORTS, "account:" + reporter.accountId());
        if (!reports.add(submissionId, reporter.accountId(), reason, detail, clock.instant())) {
            throw new DomainException("report.error.twice");
        }
        if (reports.openReporters(submissionId) >= reportThreshold) {
            submission.hideAfterReports(clock.instant());
            submissions.save(submission);
            audit.record(new AuditRecord(
                    reporter.accountId(),
                    reporter.displayName(),
                    "SUBMISSION_HIDDEN",
                    "SUBMISSION",
                    submissionId,
                    "PUBLISHED",
                    "HIDDEN",
                    "reports reached " + reportThreshold));
            hidden(submission, true);
        } else {
            events.publishEvent(new SubmissionEvents.ReportsChanged(submissionId));
        }
    }

    private void hidden(Submission submission, boolean byReports) {
        events.publishEvent(new SubmissionEvents.Hidden(
                submission.id(),
                submission.kind(),
                submission.topicId(),
                submission.questionId(),
                submission.authorId(),
                byReports));
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
    @PreAuthorize("hasRole('MODERATOR')")
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
        reports.resolve(duplicateId, "MERGED", moderator.accountId(), clock.instant());
        audit.record(new AuditRecord(
                moderator.accountId(),
                moderator.displayName(),
                "SUBMISSION_MERGED",
                "SUBMISSION",
                duplicateId,
                before + ", " + duplicateVotes + " votes",
                "MERGED into " + originalId + ", its votes " + votesBefore + " → " + votesAfter,
                comments + " comments moved"));
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
    @PreAuthorize("hasRole('MODERATOR')")
    public List<QuestionCard> mergeCandidates(long duplicateId, String filter, int offset, int limit) {
        var duplicate = submissions.findById(duplicateId).orElseThrow(NotFoundException::new);
        return queries.mergeCandidates(
                duplicate.dialogueId(), duplicateId, filter == null ? "" : filter.strip(), offset, page(limit));
    }

    /** The question a merged question now lives in, if it was merged: public, it is where its link leads. */
    @Transactional(readOnly = true)
    public Optional<Long> mergedInto(long questionId) {
        return queries.mergedInto(questionId);
    }

    /** Reported or hidden content for the moderators' review, most reported first. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('MODERATOR')")
    public List<ReviewItem> reviewItems(int offset, int limit) {
        return reports.review(offset, page(limit));
    }

    /** What residents wrote with their open reports on these submissions, oldest first: moderators only. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('MODERATOR')")
    public Map<Long, List<ReportNote>> reportNotes(Collection<Long> submissionIds) {
        return reports.openNotes(submissionIds).stream()
                .collect(Collectors.groupingBy(ReportNote::submissionId, LinkedHashMap::new, Collectors.toList()));
    }

    /** A programme's moderation in aggregate figures: public (transparency), no text, no names. */
    @Transactional(readOnly = true)
    public Transparency transparency(long dialogueId) {
        return reports.transparency(dialogueId);
    }

    private Submission decidable(long submissionId, int seenVersion) {
        var submission = submissions.findById(submissionId).orElseThrow(NotFoundException::new);
        if (submission.version() != seenVersion) {
            throw new OptimisticLockingFailureException("Submission " + submissionId + " changed since it was shown");
        }
        return submission;
    }

    // ---- answers ----

    /** Records that a question now has a published answer; called by the answer module. */
    @Transactional
    @PreAuthorize("hasRole('STAFF')")
    public void markAnswered(long questionId) {
        var question = submissions.findById(questionId).orElseThrow(NotFoundException::new);
        question.markAnswered(clock.instant());
        submissions.save(question);
        events.publishEvent(new SubmissionEvents.Answered(questionId, question.topicId(), question.authorId()));
    }

    /** The answer desk's list: published questions without a published answer, of one topic or all. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('STAFF')")
    public List<QuestionCard> awaitingAnswer(
            Collection<Long> dialogueIds, Long topicId, DeskOrder order, int offset, int limit) {
        return queries.awaitingAnswer(dialogueIds, topicId, order, offset, page(limit));
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('STAFF')")
    public long countAwaitingAnswer(Collection<Long> dialogueIds, Long topicId) {
        return queries.countAwaitingAnswer(dialogueIds, topicId);
    }

    /** The answer desk's list of questions that have an answer in a given state. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('STAFF')")
    public List<QuestionCard> publishedAmong(
            Collection<Long> questionIds, Long topicId, DeskOrder order, int offset, int limit) {
        return queries.publishedAmong(questionIds, topicId, order, offset, page(limit));
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('STAFF')")
    public long countAmong(Collection<Long> questionIds, Long topicId) {
        return queries.countAmong(questionIds, topicId);
    }

    /** Author and place of a submission in any state, for notices after a change commits. */
    @Transactional(readOnly = true)
    public Optional<SubmissionSubject> subject(long submissionId) {
        return queries.subject(submissionId);
    }

    /** Whether a submission still waits for a moderator's decision: a state, no content. */
    @Transactional(readOnly = true)
    public boolean awaitsModeration(long submissionId) {
        return submissions
                .findById(submissionId)
                .map(s -> s.status() == SubmissionStatus.PENDING)
                .orElse(false);
    }

    /** When a published submission was approved (the public lifecycle of a question). */
    @Transactional(readOnly = true)
    public Optional<Instant> publishedAt(long submissionId) {
        return queries.publishedAt(submissionId);
    }

    private static int page(int limit) {
        return Math.max(1, Math.min(limit, PAGE_MAX));
    }
}
