package org.citizendialogue.portal;

import java.util.Optional;

import org.citizendialogue.account.Suspension;
import org.citizendialogue.programme.ProgrammeStatus;
import org.citizendialogue.shared.Roles;
import org.citizendialogue.shared.SignedInUser;

/**
 * What the person reading a page may do there, computed once per page from the rules the
 * services enforce: residents take part (ask, comment, vote) while the programme accepts
 * submissions and they are not suspended ({@code SubmissionService}: RESIDENT,
 * {@code ensureNotSuspended}, the topic's status); residents who are not suspended report;
 * moderators hide and mark duplicates; staff and moderators mark the question on air while the
 * programme is live ({@code OnAirDesk}). The services check again on every action: these only
 * decide which controls a page shows. An unconfirmed e-mail address is not folded in: the page
 * shows a notice with the link instead of a form that would be refused.
 *
 * @param suspension the reader's suspension, if any (shown as a notice where forms would be)
 */
public record Abilities(
        boolean signedIn,
        boolean takePart,
        boolean report,
        boolean hide,
        boolean markDuplicate,
        boolean markOnAir,
        Optional<Suspension> suspension,
        boolean unconfirmedEmail) {

    /** A visitor who is not signed in: reads only. */
    public static final Abilities VISITOR =
            new Abilities(false, false, false, false, false, false, Optional.empty(), false);

    public static Abilities of(
            Optional<SignedInUser> reader,
            ProgrammeStatus status,
            Optional<Suspension> suspension,
            boolean unconfirmedEmail) {
        if (reader.isEmpty()) {
            return VISITOR;
        }
        var user = reader.get();
        var resident = user.has(Roles.RESIDENT) && suspension.isEmpty();
        var moderator = user.has(Roles.MODERATOR);
        return new Abilities(
                true,
                resident && status.acceptsSubmissions(),
                resident,
                moderator,
                moderator,
                status == ProgrammeStatus.LIVE && (moderator || user.has(Roles.STAFF)),
                suspension,
                unconfirmedEmail);
    }

    /** The same reader's abilities once the programme's status has changed (live pages follow it). */
    public Abilities withStatus(Optional<SignedInUser> reader, ProgrammeStatus status) {
        return of(reader, status, suspension, unconfirmedEmail);
    }
}
