package org.citizendialogue.account;

import java.util.Set;

import org.citizendialogue.shared.SignedInUser;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.stereotype.Component;

/**
 * The signed-in sessions of each person, from Spring Security's session registry. Ending them
 * marks them expired: the person's next request in each (a click, a push reconnect) is signed
 * out and sent to sign in again. Used when an admin ends them and when a person is suspended.
 */
@Component
class SignedInSessions {

    private final SessionRegistry registry;

    SignedInSessions(SessionRegistry registry) {
        this.registry = registry;
    }

    /** Ends every session of the account; returns how many there were. */
    int endAll(long accountId) {
        return endAllBut(accountId, null);
    }

    /** Ends every session of the account but the one with this id (the person's own, after a password change). */
    int endAllBut(long accountId, String keptSessionId) {
        // SignedInUser is equal by account id, so a bare one finds the person's sessions
        var sessions = registry.getAllSessions(new SignedInUser(accountId, "", "", null, Set.of()), false).stream()
                .filter(s -> !s.getSessionId().equals(keptSessionId)).toList();
        sessions.forEach(SessionInformation::expireNow);
        if (!sessions.isEmpty()) {
            SecurityEvents.byActor("SESSIONS_ENDED", accountId, "sessions=" + sessions.size());
        }
        return sessions.size();
    }

    /** The id of the session of the request being served, if any. */
    static String currentSessionId() {
        var attributes = org.springframework.web.context.request.RequestContextHolder.getRequestAttributes();
        return attributes == null ? null : attributes.getSessionId();
    }
}
