package org.citizendialogue.account;

import java.io.IOException;
import java.time.Duration;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a session that began longer ago than {@code dialogue.session.max} (12 hours by default),
 * however active it is: the request then runs without it, as a visitor's, and a signed-in person
 * signs in again. The idle limit is the servlet session timeout with Vaadin's
 * {@code closeIdleSessions}, so an open tab's heartbeat does not keep a session alive.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class SessionLifetime extends OncePerRequestFilter {

    private final Duration max;

    SessionLifetime(@Value("${dialogue.session.max:12h}") Duration max) {
        this.max = max;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var session = request.getSession(false);
        if (session != null && System.currentTimeMillis() - session.getCreationTime() > max.toMillis()) {
            session.invalidate();
        }
        chain.doFilter(request, response);
    }
}
