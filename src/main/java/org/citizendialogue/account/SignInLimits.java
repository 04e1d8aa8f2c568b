package org.citizendialogue.account;

import java.io.IOException;
import java.util.Locale;

import org.citizendialogue.shared.limits.Limit;
import org.citizendialogue.shared.limits.RateLimits;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Sign-in attempts are limited per e-mail and per client address. Only failed attempts count
 * (Spring Security's failure events); while an allowance is spent, the sign-in request is not
 * even tried and the login page says when to try again ({@code /login?limited=<epoch second>}).
 */
@Component
class SignInLimits {

    private final RateLimits limits;

    SignInLimits(RateLimits limits) {
        this.limits = limits;
    }

    @EventListener
    void failed(AbstractAuthenticationFailureEvent event) {
        var address = event.getAuthentication().getDetails() instanceof WebAuthenticationDetails web
                ? web.getRemoteAddress() : null;
        limits.record(Limit.SIGN_IN, subject(event.getAuthentication().getName()), address);
    }

    private static String subject(String username) {
        return username == null || username.isBlank() ? null : "email:" + username.strip().toLowerCase(Locale.ROOT);
    }

    /** Placed before the username/password filter: refuses the attempt while the allowance is spent. */
    OncePerRequestFilter filter() {
        return new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                if ("POST".equals(request.getMethod())
                        && (request.getContextPath() + "/login").equals(request.getRequestURI())) {
                    var blocked = limits.blockedUntil(Limit.SIGN_IN, subject(request.getParameter("username")),
                            request.getRemoteAddr());
                    if (blocked.isPresent()) {
                        response.sendRedirect(request.getContextPath() + "/login?limited="
                                + blocked.get().getEpochSecond());
                        return;
                    }
                }
                chain.doFilter(request, response);
            }
        };
    }
}
