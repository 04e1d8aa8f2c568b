package org.citizendialogue.account;

import java.util.List;
import java.util.StringJoiner;

import jakarta.servlet.http.HttpServletRequest;

import org.aopalliance.intercept.MethodInvocation;
import org.citizendialogue.shared.SignedInUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authorization.event.AuthorizationDeniedEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import com.vaadin.flow.server.auth.AccessCheckDecision;
import com.vaadin.flow.server.auth.AccessCheckDecisionResolver;
import com.vaadin.flow.server.auth.AccessCheckResult;
import com.vaadin.flow.server.auth.DefaultAccessCheckDecisionResolver;
import com.vaadin.flow.server.auth.NavigationContext;

/**
 * The security event log (issue 11, finding 10; decision 020): sign-ins and failed ones, access
 * denials, role changes, suspensions, ended sessions and password changes, one line each on the
 * logger {@code security}: the event kind first, then {@code key=value} fields, the account id
 * (or, for a failed sign-in, the e-mail typed), who did it and the client address. Text a person
 * typed is quoted with control characters, quotes and backslashes escaped, so it cannot start a
 * line of its own. Passwords, tokens and session ids are never written.
 */
@Component
class SecurityEvents {

    private static final Logger LOG = LoggerFactory.getLogger("security");
    private static final int TYPED_MAX = 254;

    @EventListener
    void signedIn(AuthenticationSuccessEvent event) {
        log(
                "SIGN_IN",
                "account=" + account(event.getAuthentication()),
                "address=" + address(event.getAuthentication()));
    }

    @EventListener
    void signInFailed(AbstractAuthenticationFailureEvent event) {
        var typed = event.getAuthentication().getPrincipal();
        log(
                "SIGN_IN_FAILED",
                "email=" + quoted(typed == null ? "" : typed.toString()),
                "reason=" + event.getException().getClass().getSimpleName(),
                "address=" + address(event.getAuthentication()));
    }

    @EventListener
    void accessDenied(AuthorizationDeniedEvent<?> event) {
        String target;
        if (event.getObject() instanceof HttpServletRequest request) {
            // the path without its query, which may carry a token
            target = quoted(request.getMethod() + " " + request.getRequestURI());
        } else if (event.getObject() instanceof MethodInvocation invocation) {
            target = invocation.getMethod().getDeclaringClass().getSimpleName() + "."
                    + invocation.getMethod().getName();
        } else {
            target = quoted(String.valueOf(event.getObject()));
        }
        Authentication who;
        try {
            who = event.getAuthentication().get();
        } catch (RuntimeException e) {
            who = null;
        }
        log("ACCESS_DENIED", "account=" + account(who), "target=" + target, "address=" + address(null));
    }

    /**
     * Vaadin's decision on a navigation, unchanged; a denial while navigating (not a mere
     * "may this link be shown") is logged with the view's path.
     */
    static final class NavigationDecisions implements AccessCheckDecisionResolver {

        private final DefaultAccessCheckDecisionResolver resolver = new DefaultAccessCheckDecisionResolver();

        @Override
        public AccessCheckResult resolve(List<AccessCheckResult> results, NavigationContext context) {
            var result = resolver.resolve(results, context);
            if (context.isNavigating()
                    && !context.isErrorHandling()
                    && result.decision() != AccessCheckDecision.ALLOW) {
                var who = context.getPrincipal() instanceof Authentication authentication
                        ? account(authentication)
                        : "anonymous";
                log(
                        "NAVIGATION_DENIED",
                        "account=" + who,
                        "target=" + quoted("/" + context.getLocation().getPath()),
                        "address=" + address(null));
            }
            return result;
        }
    }

    /**
     * One line for an event the account module records itself; the acting account and the client
     * address of the current request are added.
     */
    static void log(String kind, String... fields) {
        if (!LOG.isInfoEnabled()) {
            return;
        }
        var line = new StringJoiner(" ").add(kind);
        for (var field : fields) {
            line.add(field);
        }
        LOG.info(line.toString());
    }

    /** An action by the signed-in person (an admin, a moderator, or the person themselves). */
    static void byActor(String kind, long accountId, String... fields) {
        var all = new String[fields.length + 3];
        all[0] = "account=" + accountId;
        System.arraycopy(fields, 0, all, 1, fields.length);
        all[fields.length + 1] =
                "by=" + account(SecurityContextHolder.getContext().getAuthentication());
        all[fields.length + 2] = "address=" + address(null);
        log(kind, all);
    }

    private static String account(Authentication authentication) {
        if (authentication == null || authentication instanceof AnonymousAuthenticationToken) {
            return "anonymous";
        }
        if (authentication.getPrincipal() instanceof SignedInUser user) {
            return Long.toString(user.accountId());
        }
        return quoted(authentication.getName());
    }

    private static String address(Authentication authentication) {
        if (authentication != null
                && authentication.getDetails() instanceof WebAuthenticationDetails details
                && details.getRemoteAddress() != null) {
            return details.getRemoteAddress();
        }
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            return attributes.getRequest().getRemoteAddr();
        }
        return "-";
    }

    /**
     * Typed text in double quotes, cut to {@value #TYPED_MAX} characters; CR, LF, tab, other
     * control and line-separator characters, quotes and backslashes escaped as in Java.
     */
    static String quoted(String text) {
        var cut = text.length() > TYPED_MAX ? text.substring(0, TYPED_MAX) : text;
        var out = new StringBuilder(cut.length() + 2).append('"');
        cut.chars().forEach(c -> {
            switch (c) {
                case '\r' -> out.append("\\r");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029' || c == '\u0085') {
                        out.append(String.format("\\u%04x", c));
                    } else {
                        out.append((char) c);
                    }
                }
            }
        });
        if (cut.length() < text.length()) {
            out.append('…');
        }
        return out.append('"').toString();
    }
}
