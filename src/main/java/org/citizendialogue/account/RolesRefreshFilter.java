package org.citizendialogue.account;

import java.io.IOException;
import java.util.EnumSet;
import java.util.Set;

import org.citizendialogue.shared.Roles;
import org.citizendialogue.shared.SignedInUser;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

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
    private final SecurityContextRepository contexts;

    RolesRefreshFilter(RolesCache roles, SecurityContextRepository contexts) {
        this.roles = roles;
        this.contexts = contexts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.isAuthenticated()
                && authentication.getPrincipal() instanceof SignedInUser user) {
            var current = roles.current(user.accountId());
            if (current.isPresent() && current.get().accountGone()) {
                var empty = SecurityContextHolder.createEmptyContext();
                SecurityContextHolder.setContext(empty);
                contexts.saveContext(empty, request, response);
            } else if (current.isPresent() && !current.get().roles().get().equals(rolesOf(user))) {
                var now = current.get().roles().get();
                var refreshed = new SignedInUser(user.accountId(), user.email(), user.displayName(), null, now);
                var token = UsernamePasswordAuthenticationToken.authenticated(refreshed, null, refreshed.getAuthorities());
                token.setDetails(authentication.getDetails());
                var context = SecurityContextHolder.createEmptyContext();
                context.setAuthentication(token);
                SecurityContextHolder.setContext(context);
                contexts.saveContext(context, request, response);
            }
        }
        chain.doFilter(request, response);
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
