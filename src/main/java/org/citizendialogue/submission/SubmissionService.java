package org.citizendialogue.submission;

import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.citizendialogue.account.EmailVerifications;
import org.citizendialogue.account.Suspensions;
import org.citizendialogue.audit.AuditLog;
import org.citizendialogue.audit.AuditRecord;
import org.citizendialogue.programme.ProgrammeService;
import org.citizendialogue.programme.TopicContext;
import org.citizendialogue.report.ReportReason;
import org.citizendialogue.report.ReportSubject;
import org.citizendialogue.report.Reports;
import org.citizendialogue.shared.CurrentUser;
import org.citizendialogue.shared.DomainException;
import org.citizendialogue.shared.NotFoundException;
import org.citizendialogue.shared.Texts;
import org.citizendialogue.shared.limits.Limit;
import org.citizendialogue.shared.limits.RateLimits;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The residents' door: asking, commenting, withdrawing, voting and reporting. Every method that
 * changes state checks the role here (method security) and ownership on the aggregate; the
 * views' hidden buttons are only a courtesy. Moderators decide through {@link SubmissionModeration};
 * everyone reads published content through {@link PublishedSubmissions}.
 */
@Service
public class SubmissionService {

    public static final int BODY_MAX = Submission.BODY_MAX;
    public static final int NOTE_MAX = Submission.NOTE_MAX;

    private final SubmissionRepository submissions;
    private final SubmissionQueries queries;
    private final Reports reports;
    private final VoteStore votes;
    private final ProgrammeService programmes;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final RateLimits limits;
    private final BlockedPhrases blocked;
    private final Duration repeatWindow;
    private final Suspensions suspensions;
    /** A new account confirms its e-mail address before it asks, comments, votes or reports (decision 021). */
    private final EmailVerifications verifications;

    SubmissionService(
            SubmissionRepository submissions,
            SubmissionQueries queries,
            Reports reports,
            VoteStore votes,
            ProgrammeService programmes,
            AuditLog audit,
            ApplicationEventPublisher events,
            Clock clock,
            RateLimits limits,
            BlockedPhrases blocked,
            @Value("${dialogue.limits.repeat-window:10m}") Duration repeatWindow,
            Suspensions suspensions,
            EmailVerifications verifications) {
        this.submissions = submissions;
        this.queries = queries;
        this.reports = reports;
        this.votes = votes;
        this.programmes = programmes;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
        this.limits = limits;
        this.blocked = blocked;
        this.repeatWindow = repeatWindow;
        this.suspensions = suspensions;
        this.verifications = verifications;
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
        var topic = programmes.topic(topicId).orElseThrow(NotFoundException::new);
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
        return queries.byAuthor(CurrentUser.require().accountId(), offset, SubmissionQueries.page(limit));
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

    /**
     * A resident reports a published question or comment, once. When distinct residents' open
     * reports reach the configured threshold, it is hidden pending a moderator's review.
     */
    @Transactional
    @PreAuthorize("hasRole('RESIDENT')")
    public void report(long submissionId, ReportReason reason, String text) {
        var submission = submissions
                .findById(submissionId)
                .filter(s -> s.status() == SubmissionStatus.PUBLISHED)
                .orElseThrow(NotFoundException::new);
        int open = reports.file(ReportSubject.SUBMISSION, submissionId, submission.authorId(), reason, text);
        if (open >= reports.threshold()) {
            var reporter = CurrentUser.require();
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
                            "reports reached " + reports.threshold())
                    .inProgramme(submission.dialogueId()));
            events.publishEvent(submission.hiddenEvent(true));
        } else {
            events.publishEvent(new SubmissionEvents.ReportsChanged(submissionId));
        }
    }
}
