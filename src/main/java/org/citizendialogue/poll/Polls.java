package org.citizendialogue.poll;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

import org.citizendialogue.account.EmailVerifications;
import org.citizendialogue.account.Suspensions;
import org.citizendialogue.audit.AuditLog;
import org.citizendialogue.audit.AuditRecord;
import org.citizendialogue.programme.ProgrammeService;
import org.citizendialogue.programme.ProgrammeStatus;
import org.citizendialogue.programme.StaffAssignments;
import org.citizendialogue.shared.CurrentUser;
import org.citizendialogue.shared.DomainException;
import org.citizendialogue.shared.NotFoundException;
import org.citizendialogue.shared.Roles;
import org.citizendialogue.shared.SignedInUser;
import org.citizendialogue.shared.Texts;
import org.citizendialogue.shared.limits.Limit;
import org.citizendialogue.shared.limits.RateLimits;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Live polls (issue 17, part 3): staff prepare, open and close the polls of the programmes they
 * answer for (admins any); a programme has at most one open poll, and only while it is OPEN or
 * LIVE; residents vote once per poll and may change their choice while it is open, under the
 * same rules as votes on questions (confirmed address, not suspended, the vote limits). Every
 * change is published after the commit ({@link PollChanged}); staff actions are audited.
 */
@Service
public class Polls {

    private final PollStore store;
    private final ProgrammeService programmes;
    private final StaffAssignments staff;
    private final Suspensions suspensions;
    private final EmailVerifications verifications;
    private final RateLimits limits;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Polls(
            PollStore store,
            ProgrammeService programmes,
            StaffAssignments staff,
            Suspensions suspensions,
            EmailVerifications verifications,
            RateLimits limits,
            AuditLog audit,
            ApplicationEventPublisher events,
            Clock clock) {
        this.store = store;
        this.programmes = programmes;
        this.staff = staff;
        this.suspensions = suspensions;
        this.verifications = verifications;
        this.limits = limits;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** Prepares a poll; refusals name the field ({@code question}, {@code option1} … {@code option6}, {@code options}). */
    @PreAuthorize("hasAnyRole('STAFF', 'ADMIN')")
    @Transactional
    public long prepare(long dialogueId, PollDraft draft) {
        var actor = CurrentUser.require();
        requireScope(actor, dialogueId);
        var status = programmes.status(dialogueId).orElseThrow(NotFoundException::new);
        if (status == ProgrammeStatus.ARCHIVED) {
            throw new DomainException("poll.error.archived");
        }
        var questionEn = Texts.optional("question", draft.questionEn(), PollDraft.QUESTION_MAX);
        var questionZh = Texts.optional("question", draft.questionZh(), PollDraft.QUESTION_MAX);
        if (questionEn == null && questionZh == null) {
            throw DomainException.atField("question", "poll.error.question-required");
        }
        var options = new ArrayList<PollDraft.Option>();
        var given = draft.options() == null ? List.<PollDraft.Option>of() : draft.options();
        for (int i = 0; i < given.size(); i++) {
            var field = "option" + (i + 1);
            var en = Texts.optional(field, given.get(i).en(), PollDraft.OPTION_MAX);
            var zh = Texts.optional(field, given.get(i).zh(), PollDraft.OPTION_MAX);
            if (en != null || zh != null) {
                options.add(new PollDraft.Option(en, zh));
            }
        }
        if (options.size() < PollDraft.OPTIONS_MIN || options.size() > PollDraft.OPTIONS_MAX) {
            throw DomainException.atField(
                    "options", "poll.error.options", PollDraft.OPTIONS_MIN, PollDraft.OPTIONS_MAX);
        }
        long id = store.insert(dialogueId, questionEn, questionZh, options, actor.accountId(), clock.instant());
        audit.record(new AuditRecord(
                actor.accountId(),
                actor.displayName(),
                "POLL_PREPARED",
                "POLL",
                id,
                null,
                questionEn != null ? questionEn : questionZh,
                null));
        events.publishEvent(new PollChanged(id, dialogueId, null));
        return id;
    }

    /**
     * Opens a prepared poll while its programme is OPEN or LIVE. When another poll of the
     * programme is open, it is closed first only if {@code closeTheOpenOne} (the person
     * confirmed); otherwise the refusal {@code poll.error.another-open} says so.
     */
    @PreAuthorize("hasAnyRole('STAFF', 'ADMIN')")
    @Transactional
    public void open(long pollId, boolean closeTheOpenOne) {
        var actor = CurrentUser.require();
        var poll = store.lock(pollId).orElseThrow(NotFoundException::new);
        requireScope(actor, poll.dialogueId());
        if (poll.status() != PollStatus.DRAFT) {
            throw new DomainException("poll.error.not-draft");
        }
        if (!programmes
                .status(poll.dialogueId())
                .map(s -> s == ProgrammeStatus.OPEN || s == ProgrammeStatus.LIVE)
                .orElse(false)) {
            throw new DomainException("poll.error.not-live");
        }
        var other = store.openIn(poll.dialogueId());
        if (other.isPresent()) {
            if (!closeTheOpenOne) {
                throw new DomainException("poll.error.another-open");
            }
            closeLocked(actor, other.get(), poll.dialogueId());
        }
        try {
            store.open(pollId, clock.instant());
        } catch (DuplicateKeyException openedMeanwhile) {
            throw new DomainException("poll.error.another-open");
        }
        audit.record(new AuditRecord(
                actor.accountId(), actor.displayName(), "POLL_OPENED", "POLL", pollId, null, null, null));
        events.publishEvent(new PollChanged(pollId, poll.dialogueId(), null));
    }

    @PreAuthorize("hasAnyRole('STAFF', 'ADMIN')")
    @Transactional
    public void close(long pollId) {
        var actor = CurrentUser.require();
        var poll = store.lock(pollId).orElseThrow(NotFoundException::new);
        requireScope(actor, poll.dialogueId());
        if (poll.status() != PollStatus.OPEN) {
            throw new DomainException("poll.error.not-open");
        }
        closeLocked(actor, pollId, poll.dialogueId());
    }

    private void closeLocked(SignedInUser actor, long pollId, long dialogueId) {
        store.close(pollId, clock.instant());
        audit.record(new AuditRecord(
                actor.accountId(), actor.displayName(), "POLL_CLOSED", "POLL", pollId, null, null, null));
        events.publishEvent(new PollChanged(pollId, dialogueId, null));
    }

    /** A resident's choice in an open poll: a first vote, or a change of mind. */
    @PreAuthorize("hasRole('RESIDENT')")
    @Transactional
    public void vote(long pollId, long optionId) {
        var voter = CurrentUser.require();
        suspensions.ensureNotSuspended(voter.accountId());
        verifications.ensureVerified(voter.accountId());
        var poll = store.lock(pollId).orElseThrow(NotFoundException::new);
        if (poll.status() != PollStatus.OPEN) {
            throw new DomainException("poll.error.closed");
        }
        if (!store.hasOption(pollId, optionId)) {
            throw new NotFoundException();
        }
        limits.consume(Limit.VOTES, "account:" + voter.accountId());
        store.choose(pollId, voter.accountId(), optionId, clock.instant());
        events.publishEvent(new PollChanged(pollId, poll.dialogueId(), voter.accountId()));
    }

    /** The open poll of a programme, with the reader's choice; anyone may read it. */
    @Transactional(readOnly = true)
    public Optional<Poll> openIn(long dialogueId) {
        return store.of(dialogueId, EnumSet.of(PollStatus.OPEN), reader()).stream()
                .findFirst();
    }

    /**
     * The open poll of a programme with its votes and nobody's choice: what the live feed sends
     * every open page (decision 032), whoever's thread it runs on. Anyone may read it.
     */
    @Transactional(readOnly = true)
    public Optional<Poll> openForEveryone(long dialogueId) {
        return store.of(dialogueId, EnumSet.of(PollStatus.OPEN), null).stream().findFirst();
    }

    /** The closed polls of a programme with their final results, newest first: the public record. */
    @Transactional(readOnly = true)
    public List<Poll> closedIn(long dialogueId) {
        return store.of(dialogueId, EnumSet.of(PollStatus.CLOSED), null);
    }

    /** One poll as its readers see it: open or closed ones for anyone, prepared ones for staff of the programme. */
    @Transactional(readOnly = true)
    public Optional<Poll> poll(long pollId) {
        return store.one(pollId, reader())
                .filter(p -> p.status() != PollStatus.DRAFT
                        || CurrentUser.get()
                                .map(u -> inScope(u, p.dialogueId()))
                                .orElse(false));
    }

    /** Every poll of a programme, prepared ones included, for its staff. */
    @PreAuthorize("hasAnyRole('STAFF', 'ADMIN')")
    @Transactional(readOnly = true)
    public List<Poll> forStaff(long dialogueId) {
        requireScope(CurrentUser.require(), dialogueId);
        return store.of(dialogueId, EnumSet.allOf(PollStatus.class), null);
    }

    /** Whether the signed-in person may run the programme's polls. */
    @Transactional(readOnly = true)
    public boolean mayRun(long dialogueId) {
        return CurrentUser.get().map(u -> inScope(u, dialogueId)).orElse(false);
    }

    private static Long reader() {
        return CurrentUser.get().map(SignedInUser::accountId).orElse(null);
    }

    private boolean inScope(SignedInUser actor, long dialogueId) {
        return actor.has(Roles.ADMIN) || actor.has(Roles.STAFF) && staff.answersFor(actor.accountId(), dialogueId);
    }

    private void requireScope(SignedInUser actor, long dialogueId) {
        if (!inScope(actor, dialogueId)) {
            throw new AccessDeniedException("Not a staff member of programme " + dialogueId);
        }
    }
}
