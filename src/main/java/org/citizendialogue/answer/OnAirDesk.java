package org.citizendialogue.answer;

import java.time.Clock;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

import org.citizendialogue.audit.AuditLog;
import org.citizendialogue.audit.AuditRecord;
import org.citizendialogue.programme.ProgrammeService;
import org.citizendialogue.programme.ProgrammeStatus;
import org.citizendialogue.shared.CurrentUser;
import org.citizendialogue.shared.DomainException;
import org.citizendialogue.shared.NotFoundException;
import org.citizendialogue.shared.Roles;
import org.citizendialogue.shared.SignedInUser;
import org.citizendialogue.submission.PublishedSubmissions;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The live programme's door: which published question is being answered on air now, and the
 * on-air moments kept on the public record. Moderators and admins mark any live programme; a
 * staff member only one they answer for.
 */
@Service
public class OnAirDesk {

    private final PublishedSubmissions submissions;
    private final ProgrammeService programmes;
    private final OnAirStore onAir;
    private final ProgrammeStaff staff;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    OnAirDesk(
            PublishedSubmissions submissions,
            ProgrammeService programmes,
            OnAirStore onAir,
            ProgrammeStaff staff,
            AuditLog audit,
            ApplicationEventPublisher events,
            Clock clock) {
        this.submissions = submissions;
        this.programmes = programmes;
        this.onAir = onAir;
        this.staff = staff;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Marks a published question of a live programme as the one being answered on air; the
     * question that was on air before comes off. The moment is kept on the record.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('STAFF', 'MODERATOR')")
    public void putOnAir(long questionId) {
        var actor = CurrentUser.require();
        var question = submissions.publishedQuestion(questionId).orElseThrow(NotFoundException::new);
        requireOnAirScope(actor, question.dialogueId());
        var status = programmes.status(question.dialogueId()).orElseThrow(NotFoundException::new);
        if (status != ProgrammeStatus.LIVE) {
            throw new DomainException("live.error.not-live");
        }
        var now = clock.instant();
        onAir.endCurrent(question.dialogueId(), now);
        onAir.start(question.dialogueId(), questionId, actor.accountId(), now);
        audit.record(new AuditRecord(
                        actor.accountId(),
                        actor.displayName(),
                        "NOW_ANSWERING",
                        "SUBMISSION",
                        questionId,
                        null,
                        "ON_AIR",
                        null)
                .inProgramme(question.dialogueId()));
        events.publishEvent(new AnswerEvents.NowAnswering(question.dialogueId(), questionId));
    }

    /** Takes the current question off air. */
    @Transactional
    @PreAuthorize("hasAnyRole('STAFF', 'MODERATOR')")
    public void clearOnAir(long dialogueId) {
        var actor = CurrentUser.require();
        requireOnAirScope(actor, dialogueId);
        var current = onAir.current(dialogueId);
        onAir.endCurrent(dialogueId, clock.instant());
        current.ifPresent(c -> audit.record(new AuditRecord(
                        actor.accountId(),
                        actor.displayName(),
                        "NOW_ANSWERING_CLEARED",
                        "SUBMISSION",
                        c.questionId(),
                        "ON_AIR",
                        null,
                        null)
                .inProgramme(dialogueId)));
        events.publishEvent(new AnswerEvents.NowAnswering(dialogueId, null));
    }

    /** The question on air now in a programme, if any. */
    @Transactional(readOnly = true)
    public Optional<OnAir> nowAnswering(long dialogueId) {
        return onAir.current(dialogueId);
    }

    /** When each of these questions first went on air, for the public record. */
    @Transactional(readOnly = true)
    public Map<Long, OnAir> onAirRecord(Collection<Long> questionIds) {
        return onAir.firstMoments(questionIds);
    }

    /** Moderators and admins mark any live programme; a staff member only one they answer for. */
    private void requireOnAirScope(SignedInUser actor, long dialogueId) {
        if (!actor.has(Roles.MODERATOR)
                && !actor.has(Roles.ADMIN)
                && !staff.answersFor(actor.accountId(), dialogueId)) {
            throw new AccessDeniedException("Not a staff member of programme " + dialogueId);
        }
    }
}
