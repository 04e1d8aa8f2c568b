package org.citizendialogue.verdict;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.citizendialogue.account.EmailVerifications;
import org.citizendialogue.account.Suspensions;
import org.citizendialogue.answer.AnswerEvents;
import org.citizendialogue.answer.PublishedAnswer;
import org.citizendialogue.answer.PublishedAnswers;
import org.citizendialogue.notification.FollowTarget;
import org.citizendialogue.notification.NotificationService;
import org.citizendialogue.programme.StaffAssignments;
import org.citizendialogue.shared.CurrentUser;
import org.citizendialogue.shared.DomainException;
import org.citizendialogue.shared.NotFoundException;
import org.citizendialogue.shared.Roles;
import org.citizendialogue.shared.SignedInUser;
import org.citizendialogue.shared.Texts;
import org.citizendialogue.shared.limits.Limit;
import org.citizendialogue.shared.limits.RateLimits;
import org.citizendialogue.submission.PublishedSubmissions;
import org.citizendialogue.submission.SubmissionKind;
import org.citizendialogue.submission.SubmissionService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Verdicts on answers (issue 17, part 1; decision 030). The asker rates the published answer's
 * current revision once (a unique key in the database), and may change the rating and comment
 * for {@code dialogue.verdicts.change-days} (30) from the first rating; followers say "this answer
 * helped me" once each. The same rules as votes apply: a confirmed address, no suspension, the
 * vote allowance; a comment also passes the submission checks and the moderation queue. Staff of
 * the programme (admins any) read the verdicts; "not satisfied" with no new revision or
 * commitment after {@code dialogue.verdicts.reply-days} (7) is flagged.
 */
@Service
public class Verdicts {

    /** The comment's limit, in code points. */
    public static final int COMMENT_MAX = 500;

    private static final int DESK_MAX = 200;

    private final VerdictStore store;
    private final PublishedAnswers answers;
    private final SubmissionService submissions;
    private final PublishedSubmissions published;
    private final NotificationService notifications;
    private final StaffAssignments staff;
    private final Suspensions suspensions;
    private final EmailVerifications verifications;
    private final RateLimits limits;
    private final Clock clock;
    private final Duration changeWindow;
    private final Duration replyWindow;

    Verdicts(
            VerdictStore store,
            PublishedAnswers answers,
            SubmissionService submissions,
            PublishedSubmissions published,
            NotificationService notifications,
            StaffAssignments staff,
            Suspensions suspensions,
            EmailVerifications verifications,
            RateLimits limits,
            Clock clock,
            @Value("${dialogue.verdicts.change-days:30}") int changeDays,
            @Value("${dialogue.verdicts.reply-days:7}") int replyDays) {
        this.store = store;
        this.answers = answers;
        this.submissions = submissions;
        this.published = published;
        this.notifications = notifications;
        this.staff = staff;
        this.suspensions = suspensions;
        this.verifications = verifications;
        this.limits = limits;
        this.clock = clock;
        this.changeWindow = Duration.ofDays(Math.max(0, changeDays));
        this.replyWindow = Duration.ofDays(Math.max(0, replyDays));
    }

    /**
     * The asker rates the answer's current revision, or changes their rating of it within the
     * window. A comment (optional, up to {@link #COMMENT_MAX} code points) goes to the moderation
     * queue as their comment on the question; a changed comment replaces one still waiting there.
     */
    @PreAuthorize("hasRole('RESIDENT')")
    @Transactional
    public void rate(long questionId, VerdictRating rating, String comment) {
        var asker = CurrentUser.require();
        if (rating == null) {
            throw DomainException.atField("rating", "verdict.error.rating");
        }
        suspensions.ensureNotSuspended(asker.accountId());
        verifications.ensureVerified(asker.accountId());
        var answer = answerTo(questionId);
        requireAsker(asker, questionId);
        var text = Texts.optional("comment", comment, COMMENT_MAX);
        limits.consume(Limit.VOTES, "account:" + asker.accountId());
        int revision = answer.revisions();
        var now = clock.instant();
        // a plain read, then a lock on the row found: a locking read of a missing row would take a
        // gap lock, and two first clicks at once would deadlock on their inserts (VerdictTest)
        var existing = store.mine(answer.id(), revision, asker.accountId()).flatMap(found -> store.lock(found.id()));
        if (existing.isPresent()) {
            var verdict = existing.get();
            if (!now.isBefore(verdict.ratedAt().plus(changeWindow))) {
                throw new DomainException("verdict.error.too-late");
            }
            Long commentId = verdict.commentId();
            var previous = commentId == null
                    ? null
                    : published.subject(commentId).map(s -> s.body()).orElse(null);
            if (text != null && !text.equals(previous)) {
                if (commentId != null && published.publishedComment(commentId).isEmpty()) {
                    withdrawQuietly(commentId);
                }
                commentId = submissions.askerComment(questionId, text, COMMENT_MAX);
            }
            store.change(verdict.id(), rating, commentId, now);
            return;
        }
        Long commentId = text == null ? null : submissions.askerComment(questionId, text, COMMENT_MAX);
        try {
            store.insert(
                    answer.id(),
                    questionId,
                    dialogueOf(questionId),
                    revision,
                    asker.accountId(),
                    rating,
                    commentId,
                    now);
        } catch (DuplicateKeyException ratedMeanwhile) {
            throw new DomainException("verdict.error.already");
        }
    }

    /** A comment still waiting for moderation that a changed verdict replaces; one already decided stays as it is. */
    private void withdrawQuietly(long commentId) {
        try {
            submissions.withdraw(commentId);
        } catch (DomainException alreadyDecided) {
            // rejected or published meanwhile: nothing to take back
        }
    }

    /** A follower of the question says the answer helped them; once per person (a second time changes nothing). */
    @PreAuthorize("hasRole('RESIDENT')")
    @Transactional
    public long helped(long questionId) {
        var reader = CurrentUser.require();
        suspensions.ensureNotSuspended(reader.accountId());
        verifications.ensureVerified(reader.accountId());
        var answer = answerTo(questionId);
        if (!notifications.isFollowing(FollowTarget.QUESTION, questionId)) {
            throw new DomainException("verdict.error.follow-first");
        }
        if (isAsker(reader, questionId)) {
            throw new DomainException("verdict.error.asker-rates");
        }
        limits.consume(Limit.VOTES, "account:" + reader.accountId());
        store.helped(answer.id(), questionId, reader.accountId(), clock.instant());
        return store.helpedCount(answer.id());
    }

    /** What the question page shows under the answer, for the reader (anyone); empty without a published answer. */
    @Transactional(readOnly = true)
    public Optional<AnswerVerdicts> forQuestion(long questionId) {
        var answer = answers.forQuestions(Set.of(questionId)).get(questionId);
        var subject = published.subject(questionId).filter(s -> s.kind() == SubmissionKind.QUESTION);
        if (answer == null || subject.isEmpty()) {
            return Optional.empty();
        }
        int revision = answer.revisions();
        var reader = CurrentUser.get();
        var askerRating = store.ratingOf(answer.id(), revision, subject.get().authorId());
        long helped = store.helpedCount(answer.id());
        if (reader.isEmpty() || !reader.get().has(Roles.RESIDENT)) {
            return Optional.of(new AnswerVerdicts(
                    answer.id(), revision, askerRating, helped, Optional.empty(), false, false, false, false));
        }
        var me = reader.get();
        boolean asker = subject.get().authorId() == me.accountId();
        var now = clock.instant();
        Optional<MyVerdict> mine =
                asker ? store.mine(answer.id(), revision, me.accountId()).map(this::toMine) : Optional.empty();
        boolean mayRate = asker && mine.map(m -> m.changeable(now)).orElse(true);
        boolean iHelped = store.didHelp(answer.id(), me.accountId());
        boolean mayHelp = !asker && !iHelped && notifications.isFollowing(FollowTarget.QUESTION, questionId);
        return Optional.of(
                new AnswerVerdicts(answer.id(), revision, askerRating, helped, mine, asker, mayRate, iHelped, mayHelp));
    }

    private MyVerdict toMine(VerdictStore.Row row) {
        String comment = null;
        boolean commentPublic = false;
        if (row.commentId() != null) {
            comment = published.subject(row.commentId()).map(s -> s.body()).orElse(null);
            commentPublic = published.publishedComment(row.commentId()).isPresent();
        }
        return new MyVerdict(
                row.rating(),
                row.revisionNo(),
                row.ratedAt(),
                row.ratedAt().plus(changeWindow),
                comment,
                commentPublic);
    }

    /** The verdicts of the programmes the staff member answers for (admins: all), newest change first. */
    @PreAuthorize("hasAnyRole('STAFF', 'ADMIN')")
    @Transactional(readOnly = true)
    public List<DeskVerdict> desk(VerdictFilter filter) {
        var now = clock.instant();
        var rows = store.forDesk(
                scope(CurrentUser.require()),
                filter == null ? VerdictFilter.ALL : filter,
                now.minus(replyWindow),
                DESK_MAX);
        var current = answers.forQuestions(
                rows.stream().map(VerdictStore.Row::questionId).distinct().toList());
        var result = new ArrayList<DeskVerdict>();
        for (var row : rows) {
            var question = published.publishedQuestion(row.questionId());
            if (question.isEmpty()) {
                continue; // hidden or merged meanwhile
            }
            String comment = null;
            boolean pending = false;
            if (row.commentId() != null) {
                var publicComment = published.publishedComment(row.commentId());
                if (publicComment.isPresent()) {
                    comment = publicComment.get().body();
                } else {
                    pending = published.awaitsModeration(row.commentId());
                }
            }
            var answer = current.get(row.questionId());
            result.add(new DeskVerdict(
                    row.id(),
                    row.questionId(),
                    row.dialogueId(),
                    question.get().body(),
                    row.revisionNo(),
                    answer == null ? row.revisionNo() : answer.revisions(),
                    row.rating(),
                    row.changedAt(),
                    comment,
                    pending,
                    row.repliedAt(),
                    flagged(row, now)));
        }
        return result;
    }

    /** How many verdicts the desk flags for the staff member's programmes. */
    @PreAuthorize("hasAnyRole('STAFF', 'ADMIN')")
    @Transactional(readOnly = true)
    public long countFlagged() {
        return store.countFlagged(scope(CurrentUser.require()), clock.instant().minus(replyWindow));
    }

    /**
     * The askers' ratings of these questions' answers, each of the latest version rated: figures
     * for the scorecard (public as counts; no comment, no person).
     */
    @Transactional(readOnly = true)
    public Map<Long, VerdictRating> askerRatings(Collection<Long> questionIds) {
        return store.latestRatings(questionIds);
    }

    /** The days after which an unanswered "not satisfied" is flagged (the setting). */
    public long replyDays() {
        return replyWindow.toDays();
    }

    private boolean flagged(VerdictStore.Row row, Instant now) {
        return row.rating() == VerdictRating.NOT_SATISFIED
                && row.repliedAt() == null
                && !row.changedAt().isAfter(now.minus(replyWindow));
    }

    /** A new revision replies to the verdicts on the earlier ones (in the publishing transaction). */
    @EventListener
    void revised(AnswerEvents.Published event) {
        store.repliedWithRevision(event.answerId(), event.revision(), clock.instant());
    }

    /** A new commitment replies to the question's verdicts (in the same transaction). */
    @EventListener
    void committed(AnswerEvents.CommitmentChanged event) {
        if (event.added()) {
            store.repliedWithCommitment(event.questionId(), clock.instant());
        }
    }

    private PublishedAnswer answerTo(long questionId) {
        published.publishedQuestion(questionId).orElseThrow(NotFoundException::new);
        var answer = answers.forQuestions(Set.of(questionId)).get(questionId);
        if (answer == null) {
            throw new DomainException("verdict.error.no-answer");
        }
        return answer;
    }

    private boolean isAsker(SignedInUser user, long questionId) {
        return published
                .subject(questionId)
                .filter(s -> s.kind() == SubmissionKind.QUESTION)
                .map(s -> s.authorId() == user.accountId())
                .orElse(false);
    }

    private void requireAsker(SignedInUser user, long questionId) {
        if (!isAsker(user, questionId)) {
            throw new AccessDeniedException("Only the asker rates the answer to question " + questionId);
        }
    }

    private long dialogueOf(long questionId) {
        return published.subject(questionId).orElseThrow(NotFoundException::new).dialogueId();
    }

    /** The programmes whose verdicts the person reads; null: all of them (admins). */
    private List<Long> scope(SignedInUser user) {
        if (user.has(Roles.ADMIN)) {
            return null;
        }
        return staff.programmesOf(user.accountId());
    }
}
