package org.citizendialogue.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.citizendialogue.audit.AuditLog;
import org.citizendialogue.audit.AuditRecord;
import org.citizendialogue.shared.CityTime;
import org.citizendialogue.shared.CurrentUser;
import org.citizendialogue.shared.DomainException;
import org.citizendialogue.shared.NotFoundException;
import org.citizendialogue.shared.Roles;
import org.citizendialogue.shared.Texts;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Suspending residents and lifting suspensions. A suspended resident still reads everything but
 * cannot ask, comment, vote or report: the services that do those call
 * {@link #ensureNotSuspended(long)}. A suspension ends by itself at its end time (it is in force
 * only while {@code until_at} is in the future), or earlier when a moderator lifts it. Moderators
 * suspend residents only; an admin may also suspend moderators, staff and admins; nobody suspends
 * themselves. Every suspension and lift is audited, and the rows stay as history. Suspensions are
 * written as aggregates ({@link SuspensionOrder}) and read through {@link SuspensionQueries}.
 */
@Service
public class Suspensions {

    /** The longest suspension a moderator can set; longer bans are a matter for an admin deleting the account. */
    public static final int MAX_DAYS = 366;

    public static final int PAGE_MAX = 100;

    private final SuspensionOrderRepository orders;
    private final SuspensionQueries queries;
    private final AccountRepository accounts;
    private final AuditLog audit;
    private final Clock clock;
    private final ZoneId zone;
    private final SignedInSessions sessions;

    Suspensions(
            SuspensionOrderRepository orders,
            SuspensionQueries queries,
            AccountRepository accounts,
            AuditLog audit,
            Clock clock,
            ZoneId displayZone,
            SignedInSessions sessions) {
        this.sessions = sessions;
        this.orders = orders;
        this.queries = queries;
        this.accounts = accounts;
        this.audit = audit;
        this.clock = clock;
        this.zone = displayZone;
    }

    /** Suspends an account until the given time, with a reason the resident is shown. */
    @Transactional
    @PreAuthorize("hasAnyRole('MODERATOR', 'ADMIN')")
    public long suspend(long accountId, String reason, Instant until) {
        var actor = CurrentUser.require();
        var why = Texts.required("reason", reason, Suspension.REASON_MAX);
        var now = clock.instant();
        if (until == null) {
            throw DomainException.atField("until", "validation.required");
        }
        if (!until.isAfter(now)) {
            throw DomainException.atField("until", "suspension.error.past");
        }
        if (until.isAfter(now.plus(Duration.ofDays(MAX_DAYS)))) {
            throw DomainException.atField("until", "suspension.error.too-long", MAX_DAYS);
        }
        if (actor.accountId() == accountId) {
            throw new DomainException("suspension.error.self");
        }
        var account = accounts.findById(accountId).orElseThrow(NotFoundException::new);
        var privileged = account.roles().stream().anyMatch(r -> r != Roles.RESIDENT);
        if (privileged && !actor.has(Roles.ADMIN)) {
            throw new DomainException("suspension.error.privileged");
        }
        // the account row is locked, so two moderators suspending the same person cannot both succeed
        queries.lockAccount(accountId);
        if (active(accountId).isPresent()) {
            throw new DomainException("suspension.error.already", account.displayName());
        }
        long id = orders.save(SuspensionOrder.of(accountId, why, now, until, actor.accountId(), actor.displayName()))
                .id();
        audit.record(new AuditRecord(
                actor.accountId(),
                actor.displayName(),
                "ACCOUNT_SUSPENDED",
                "ACCOUNT",
                accountId,
                null,
                "suspended until " + until,
                why));
        SecurityEvents.byActor("ACCOUNT_SUSPENDED", accountId, "until=" + until);
        sessions.endAll(accountId);
        return id;
    }

    /** Suspends an account for a length of time from now (an hour, a day, a week…). */
    @Transactional
    @PreAuthorize("hasAnyRole('MODERATOR', 'ADMIN')")
    public long suspendFor(long accountId, String reason, Duration length) {
        return suspend(
                accountId, reason, length == null ? null : clock.instant().plus(length));
    }

    /** Suspends an account to the end of a calendar day, in the city's time. */
    @Transactional
    @PreAuthorize("hasAnyRole('MODERATOR', 'ADMIN')")
    public long suspendThrough(long accountId, String reason, LocalDate lastDay) {
        return suspend(
                accountId,
                reason,
                lastDay == null ? null : lastDay.plusDays(1).atStartOfDay(zone).toInstant());
    }

    /** Ends a suspension in force before its time; does nothing when there is none. */
    @Transactional
    @PreAuthorize("hasAnyRole('MODERATOR', 'ADMIN')")
    public void lift(long accountId) {
        var actor = CurrentUser.require();
        var current = active(accountId);
        if (current.isEmpty()) {
            return;
        }
        var privileged = accounts.findById(accountId).orElseThrow(NotFoundException::new).roles().stream()
                .anyMatch(r -> r != Roles.RESIDENT);
        if (privileged && !actor.has(Roles.ADMIN)) {
            throw new DomainException("suspension.error.privileged");
        }
        var order = orders.findLockedById(current.get().id()).orElseThrow(NotFoundException::new);
        if (!order.lift(clock.instant(), actor.accountId(), actor.displayName())) {
            return;
        }
        orders.save(order);
        audit.record(new AuditRecord(
                actor.accountId(),
                actor.displayName(),
                "SUSPENSION_LIFTED",
                "ACCOUNT",
                accountId,
                "suspended until " + current.get().untilAt(),
                "lifted",
                current.get().reason()));
        SecurityEvents.byActor("SUSPENSION_LIFTED", accountId);
    }

    /**
     * Refuses the action when the account is suspended, with a message saying why and until when
     * (in the reader's language and the city's time). For services, inside their transaction.
     */
    @Transactional(readOnly = true)
    public void ensureNotSuspended(long accountId) {
        active(accountId).ifPresent(s -> {
            throw new DomainException("suspension.refused", CityTime.dateTime(s.untilAt(), zone), s.reason());
        });
    }

    /** The signed-in person's suspension in force, if any (none for visitors). */
    @Transactional(readOnly = true)
    public Optional<Suspension> mine() {
        return CurrentUser.get().flatMap(u -> active(u.accountId()));
    }

    /** The suspension in force of one account. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('MODERATOR', 'ADMIN')")
    public Optional<Suspension> of(long accountId) {
        return active(accountId);
    }

    /** Suspensions in force, the ones ending soonest first, a page at a time. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('MODERATOR', 'ADMIN')")
    public List<Suspension> inForce(int offset, int limit) {
        return queries.inForce(clock.instant(), Math.max(0, offset), Math.clamp(limit, 1, PAGE_MAX));
    }

    /** Which of these accounts are suspended, and until when. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('MODERATOR', 'ADMIN')")
    public Map<Long, Suspension> inForceAmong(Collection<Long> accountIds) {
        var found = new HashMap<Long, Suspension>();
        if (accountIds.isEmpty()) {
            return found;
        }
        queries.inForceAmong(accountIds, clock.instant()).forEach(s -> found.put(s.accountId(), s));
        return found;
    }

    private Optional<Suspension> active(long accountId) {
        return queries.active(accountId, clock.instant());
    }
}
