package org.citizendialogue.account;

import java.util.Set;

import org.citizendialogue.shared.SignedInUser;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import com.vaadin.flow.server.VaadinSession;

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
                .filter(s -> !s.getSessionId().equals(keptSessionId))
                .toList();
        sessions.forEach(SessionInformation::expireNow);
        if (!sessions.isEmpty()) {
            SecurityEvents.byActor("SESSIONS_ENDED", accountId, "sessions=" + sessions.size());
        }
        return sessions.size();
    }

    /**
     * The id of the HTTP session being served, if any: the Vaadin session's (a click may arrive
     * over the push WebSocket, where there is no request context), else the request's.
     */
    static String currentSessionId() {
        var vaadin = VaadinSession.getCurrent();
        if (vaadin != null && vaadin.getSession() != null) {
            return vaadin.getSession().getId();
        }
        var attributes = RequestContextHolder.getRequestAttributes();
        return attributes == null ? null : attributes.getSessionId();
    }

    /**
     * Makes this the authentication of the current request and of its HTTP session, so the next
     * request (or push message) of the session carries it. Only through {@code strategy}, the
     * holder this application's filter chain fills and clears after each request: a context set
     * in another holder would stay on the server thread after the request (and, in a JVM with
     * several application contexts, be read by the next request served on that thread).
     */
    static void putInThisSession(Authentication authentication, SecurityContextHolderStrategy strategy) {
        var context = strategy.createEmptyContext();
        context.setAuthentication(authentication);
        strategy.setContext(context);
        var key = HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY;
        var vaadin = VaadinSession.getCurrent();
        if (vaadin != null && vaadin.getSession() != null) {
            vaadin.getSession().setAttribute(key, context);
        } else if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request) {
            request.getRequest().getSession().setAttribute(key, context);
        }
    }
}
