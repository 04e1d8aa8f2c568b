package org.citizendialogue.shared;

import java.util.Optional;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;

/** Who is acting, read from the security context of the current request. */
public final class CurrentUser {

    /**
     * The authority of a session whose second step of sign-in is required and not yet done: it
     * holds no role until then (decision 023).
     */
    public static final String SECOND_FACTOR_PENDING = "SECOND_FACTOR_PENDING";

    private CurrentUser() {}

    /** Whether the person signed in with the password and still owes the second factor. */
    public static boolean secondFactorPending() {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null
                && auth.isAuthenticated()
                && auth.getAuthorities().stream().anyMatch(a -> SECOND_FACTOR_PENDING.equals(a.getAuthority()));
    }

    public static Optional<SignedInUser> get() {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.isAuthenticated() && auth.getPrincipal() instanceof SignedInUser user) {
            return Optional.of(user);
        }
        return Optional.empty();
    }

    /** The signed-in user; refuses the action when nobody is signed in. */
    public static SignedInUser require() {
        return get().orElseThrow(() -> new AccessDeniedException("Sign-in required"));
    }
}
