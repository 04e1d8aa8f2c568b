package org.citizendialogue.account;

import java.io.IOException;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

import org.citizendialogue.shared.Roles;
import org.citizendialogue.shared.SignedInUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Re-reads the signed-in person's roles from the database on every request (one primary-key
 * lookup) and, when an admin changed them, replaces the principal in the security context and
 * the session. So a granted or revoked role counts from the person's next request, in views and
 * in method security alike; an account that no longer exists is signed out.
 * See docs/decisions/008-role-changes.md.
 */
final class RolesRefreshFilter extends OncePerRequestFilter {

    private final JdbcClient jdbc;
    private final SecurityContextRepository contexts;

    RolesRefreshFilter(JdbcClient jdbc, SecurityContextRepository contexts) {
        this.jdbc = jdbc;
        this.contexts = contexts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.isAuthenticated()
                && authentication.getPrincipal() instanceof SignedInUser user) {
            var roles = currentRoles(user.accountId());
            if (roles == null) {
                var empty = SecurityContextHolder.createEmptyContext();
                SecurityContextHolder.setContext(empty);
                contexts.saveContext(empty, request, response);
            } else if (!roles.equals(rolesOf(user))) {
                var refreshed = new SignedInUser(user.accountId(), user.email(), user.displayName(), null, roles);
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

    /** The roles held now, or null when the account is gone. */
    private Set<Roles> currentRoles(long accountId) {
        var rows = jdbc.sql("""
                SELECT r.role FROM account a LEFT JOIN account_role r ON r.account_id = a.id WHERE a.id = :id
                """).param("id", accountId).query((rs, n) -> Objects.toString(rs.getString(1), "")).list();
        if (rows.isEmpty()) {
            return null;
        }
        var roles = EnumSet.noneOf(Roles.class);
        rows.stream().filter(r -> !r.isEmpty()).map(Roles::valueOf).forEach(roles::add);
        return roles;
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
