package org.citizendialogue.moderation;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.citizendialogue.shared.CurrentUser;
import org.citizendialogue.shared.DomainException;
import org.citizendialogue.shared.NotFoundException;
import org.citizendialogue.shared.Texts;
import org.citizendialogue.shared.cluster.CrossNode;
import org.citizendialogue.submission.RejectionReasons;
import org.citizendialogue.submission.SubmissionEvents;
import org.citizendialogue.submission.SubmissionModeration;
import org.citizendialogue.submission.SubmissionService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The moderators' work on the queue beyond one decision: claims, so that colleagues see who is
 * handling an item, and bulk decisions over a selection. Claims lapse after
 * {@code dialogue.moderation.claim-minutes} (default 5): a lapsed claim is simply ignored, so no
 * scheduler sweeps them. Every decision still goes through {@link SubmissionModeration}, item by
 * item, with its version and state checks and its own audit entry.
 */
@Service
public class QueueService {

    /** A pending item as the moderator saw it: its id and the version shown. */
    public record Seen(long submissionId, int version) {}

    /** A claim was taken or renewed (claim present) or released (claim null); published after commit. */
    public record ClaimChanged(long submissionId, Claim claim) implements CrossNode, QueueFeed.QueueUpdate {}

    private final SubmissionModeration submissions;
    private final RejectionReasons reasons;
    private final ClaimStore claims;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Duration lapse;

    QueueService(
            SubmissionModeration submissions,
            RejectionReasons reasons,
            ClaimStore claims,
            ApplicationEventPublisher events,
            Clock clock,
            @Value("${dialogue.moderation.claim-minutes:5}") long claimMinutes) {
        this.submissions = submissions;
        this.reasons = reasons;
        this.claims = claims;
        this.events = events;
        this.clock = clock;
        this.lapse = Duration.ofMinutes(Math.max(1, claimMinutes));
    }

    /** How long a claim lasts before it lapses. */
    public Duration claimLapse() {
        return lapse;
    }

    /**
     * Claims a pending item for the signed-in moderator (or renews their own claim). Refused while
     * a colleague's claim is live; refused when the item is no longer pending.
     */
    @Transactional
    @PreAuthorize("hasRole('MODERATOR')")
    public Claim claim(long submissionId) {
        var moderator = CurrentUser.require();
        submissions.pendingItem(submissionId).orElseThrow(() -> new DomainException("error.already-decided"));
        var now = clock.instant();
        if (!claims.take(submissionId, moderator.accountId(), moderator.displayName(), now, now.minus(lapse))) {
            var holder = claims.live(List.of(submissionId), now.minus(lapse)).get(submissionId);
            throw new DomainException("moderation.claim.taken", holder == null ? "?" : holder.moderatorName());
        }
        var claim = new Claim(submissionId, moderator.accountId(), moderator.displayName(), now.plus(lapse));
        events.publishEvent(new ClaimChanged(submissionId, claim));
        return claim;
    }

    /** Gives up one's own claim on an item (a colleague's claim is left alone). */
    @Transactional
    @PreAuthorize("hasRole('MODERATOR')")
    public void release(long submissionId) {
        if (claims.release(submissionId, CurrentUser.require().accountId())) {
            events.publishEvent(new ClaimChanged(submissionId, null));
        }
    }

    /** The live claims on these items (lapsed ones are left out). */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('MODERATOR')")
    public Map<Long, Claim> claims(Collection<Long> submissionIds) {
        return claims.live(submissionIds, clock.instant().minus(lapse)).values().stream()
                .collect(Collectors.toMap(
                        ClaimStore.Stored::submissionId,
                        c -> new Claim(
                                c.submissionId(),
                                c.moderatorId(),
                                c.moderatorName(),
                                c.claimedAt().plus(lapse))));
    }

    /**
     * Approves every selected item, each on its own (one item's failure never undoes another's).
     * Items a colleague decided or changed in between are left alone and listed in the result.
     */
    @PreAuthorize("hasRole('MODERATOR')")
    public BulkResult approveAll(List<Seen> selection) {
        return each(selection, item -> submissions.approve(item.submissionId(), item.version()));
    }

    /**
     * Rejects every selected item with one reason (shown to each author) and an optional private
     * note, each on its own; items decided by a colleague in between are listed in the result.
     */
    @PreAuthorize("hasRole('MODERATOR')")
    public BulkResult rejectAll(List<Seen> selection, String reason, String note) {
        if (reason == null || reason.isBlank()) {
            throw DomainException.atField("reason", "validation.required");
        }
        reasons.requireActive(reason);
        Texts.optional("note", note, SubmissionService.NOTE_MAX);
        return each(selection, item -> submissions.reject(item.submissionId(), item.version(), reason, note));
    }

    private BulkResult each(List<Seen> selection, Consumer<Seen> decide) {
        CurrentUser.require();
        int succeeded = 0;
        var alreadyDecided = new ArrayList<Long>();
        for (var item : selection.stream().distinct().toList()) {
            try {
                decide.accept(item);
                succeeded++;
            } catch (OptimisticLockingFailureException | NotFoundException e) {
                alreadyDecided.add(item.submissionId());
            } catch (DomainException e) {
                if (!"error.already-decided".equals(e.messageKey())) {
                    throw e;
                }
                alreadyDecided.add(item.submissionId());
            }
        }
        return new BulkResult(succeeded, alreadyDecided);
    }

    /** A decided, withdrawn or merged item needs no claim: it is dropped in the same transaction. */
    @EventListener
    void on(SubmissionEvents.Published event) {
        dropClaim(event.submissionId());
    }

    @EventListener
    void on(SubmissionEvents.Rejected event) {
        dropClaim(event.submissionId());
    }

    @EventListener
    void on(SubmissionEvents.Withdrawn event) {
        dropClaim(event.submissionId());
    }

    @EventListener
    void on(SubmissionEvents.Merged event) {
        dropClaim(event.submissionId());
    }

    private void dropClaim(long submissionId) {
        if (claims.drop(submissionId)) {
            events.publishEvent(new ClaimChanged(submissionId, null));
        }
    }
}
