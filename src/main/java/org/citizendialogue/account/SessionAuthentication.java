package org.citizendialogue.account;

import java.util.ArrayList;
import java.util.Set;

import org.citizendialogue.shared.CurrentUser;
import org.citizendialogue.shared.Roles;
import org.citizendialogue.shared.SignedInUser;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * The authentication a signed-in session carries: the person with the roles in force, plus two
 * markers. {@value #SECOND_FACTOR_DONE} once the second step of sign-in succeeded in this session;
 * {@link CurrentUser#SECOND_FACTOR_PENDING} while it is required and not done, when the session
 * holds no role at all (so every view and service that needs one refuses). Decision 023.
 */
final class SessionAuthentication {

    static final String SECOND_FACTOR_DONE = "FACTOR_TOTP";

    private SessionAuthentication() {}

    static boolean has(Authentication authentication, String authority) {
        return authentication != null
                && authentication.getAuthorities().stream().anyMatch(a -> authority.equals(a.getAuthority()));
    }

    static UsernamePasswordAuthenticationToken of(
            SignedInUser user, Set<Roles> roles, boolean secondFactorDone, boolean pending, Object details) {
        var principal = new SignedInUser(user.accountId(), user.email(), user.displayName(), null, roles);
        var authorities = new ArrayList<GrantedAuthority>(principal.getAuthorities());
        if (secondFactorDone) {
            authorities.add(new SimpleGrantedAuthority(SECOND_FACTOR_DONE));
        }
        if (pending) {
            authorities.add(new SimpleGrantedAuthority(CurrentUser.SECOND_FACTOR_PENDING));
        }
        var token = UsernamePasswordAuthenticationToken.authenticated(principal, null, authorities);
        token.setDetails(details);
        return token;
    }
}
