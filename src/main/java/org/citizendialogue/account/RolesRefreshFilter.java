package org.citizendialogue.account;

import java.io.IOException;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.citizendialogue.shared.CurrentUser;
import org.citizendialogue.shared.Roles;
import org.citizendialogue.shared.SignedInUser;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Checks the signed-in person's roles on every request against {@link RolesCache} (the database,
 * at most a few seconds old) and, when an admin changed them, replaces the principal in the
 * security context and the session. So a granted or revoked role counts within seconds, in views
 * and in method security alike; an account that no longer exists is signed out. When the
 * database does not answer in time, the request goes on with the session's roles.
 * See docs/decisions/008-role-changes.md.
 */
final class RolesRefreshFilter extends OncePerRequestFilter {

    private final RolesCache roles;
    private final SecondFactorPolicy secondFactor;
    private final SecurityContextRepository contexts;
    private final SecurityContextHolderStrategy strategy;

    /**
     * {@code strategy} is the security context holder of this application context (the one its
     * filter chain fills), not whatever the global holder is at the time of a request.
     */
    RolesRefreshFilter(
            RolesCache roles,
            SecondFactorPolicy secondFactor,
            SecurityContextRepository contexts,
            SecurityContextHolderStrategy strategy) {
        this.strategy = strategy;
        this.roles = roles;
        this.secondFactor = secondFactor;
        this.contexts = contexts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var authentication = strategy.getContext().getAuthentication();
        if (authentication != null
                && authentication.isAuthenticated()
                && authentication.getPrincipal() instanceof SignedInUser user) {
            var current = roles.current(user.accountId());
            if (current.isPresent() && current.get().accountGone()) {
                var empty = strategy.createEmptyContext();
                strategy.setContext(empty);
                contexts.saveContext(empty, request, response);
            } else if (current.isPresent()) {
                refresh(request, response, authentication, user, current.get());
            } else if (!SessionAuthentication.has(authentication, SessionAuthentication.SECOND_FACTOR_DONE)
                    && !SessionAuthentication.has(authentication, CurrentUser.SECOND_FACTOR_PENDING)) {
                // just signed in and the database is slow: decide on the session's roles, never skip the second factor
                refresh(
                        request,
                        response,
                        authentication,
                        user,
                        new RolesCache.Current(Optional.of(rolesOf(user)), false));
            }
        }
        chain.doFilter(request, response);
    }

    /**
     * Puts the roles in force into the session: those of the database, or none while the second
     * step of sign-in is owed (decision 023).
     */
    private void refresh(
            HttpServletRequest request,
            HttpServletResponse response,
            Authentication authentication,
            SignedInUser user,
            RolesCache.Current current) {
        var held = current.roles().get();
        boolean done = SessionAuthentication.has(authentication, SessionAuthentication.SECOND_FACTOR_DONE);
        boolean pending = !done && secondFactor.required(held, current.secondFactorEnrolled());
        Set<Roles> inForce = pending ? Set.of() : held;
        if (!inForce.equals(rolesOf(user))
                || pending != SessionAuthentication.has(authentication, CurrentUser.SECOND_FACTOR_PENDING)) {
            var token = SessionAuthentication.of(user, inForce, done, pending, authentication.getDetails());
            var context = strategy.createEmptyContext();
            context.setAuthentication(token);
            strategy.setContext(context);
            contexts.saveContext(context, request, response);
        }
    }

    private static Set<Roles> rolesOf(SignedInUser user) {
        var roles = EnumSet.noneOf(Roles.class);
        for (var role : Roles.values()) {
            if (user.has(role)) {
                roles.add(role);
            }
        }
        return roles;
    }
}
