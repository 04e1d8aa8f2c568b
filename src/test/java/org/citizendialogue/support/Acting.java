package org.citizendialogue.support;

import java.util.function.Supplier;

import org.citizendialogue.shared.CurrentUser;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/** Runs a piece of a test as a given account, through the real user details service. */
@Component
public class Acting {

    private final UserDetailsService users;
    private final SecurityContextHolderStrategy strategy;

    /**
     * Sets the context both in this application context's own strategy (method security reads
     * it) and in the global holder (CurrentUser reads it): a second application context in the
     * same JVM (a browser test's) replaces the global strategy, and the two then differ.
     */
    Acting(UserDetailsService users, ObjectProvider<SecurityContextHolderStrategy> strategy) {
        this.users = users;
        this.strategy = strategy.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
    }

    public <T> T as(String email, Supplier<T> action) {
        var previous = strategy.getContext();
        var previousGlobal = SecurityContextHolder.getContext();
        var user = users.loadUserByUsername(email);
        var context = strategy.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        strategy.setContext(context);
        SecurityContextHolder.setContext(context);
        try {
            return action.get();
        } finally {
            strategy.setContext(previous);
            SecurityContextHolder.setContext(previousGlobal);
        }
    }

    /** Makes this the current context in both holders (see the constructor), until {@link #clear}. */
    public void setContext(SecurityContext context) {
        strategy.setContext(context);
        SecurityContextHolder.setContext(context);
    }

    /** The current context as this application context's method security sees it. */
    public SecurityContext context() {
        return strategy.getContext();
    }

    public void clear() {
        strategy.clearContext();
        SecurityContextHolder.clearContext();
    }

    /** This application context's own holder (method security reads it). */
    public SecurityContextHolderStrategy strategy() {
        return strategy;
    }

    /** The id of the account with this e-mail, as the user details service loads it for a sign-in. */
    public long accountId(String email) {
        return as(email, () -> CurrentUser.require().accountId());
    }

    public void run(String email, Runnable action) {
        as(email, () -> {
            action.run();
            return null;
        });
    }
}
