package org.citizendialogue.account;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.citizendialogue.account.ui.LoginView;
import org.citizendialogue.shared.limits.Limit;
import org.citizendialogue.shared.limits.LimitSettings;
import org.citizendialogue.shared.limits.RateLimits;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Sign-in attempts are throttled before the password is evaluated (decision 019):
 * <ul>
 * <li>an attempt takes a token per (e-mail, address) and per address first, atomically, so
 * parallel guesses can never exceed an allowance; a successful sign-in gives them back;</li>
 * <li>per e-mail as a whole there is a slower hourly ceiling. It holds back only addresses that
 * have failed on that e-mail within the hour: a correct password from an address that has not
 * been failing still gets in, so an attacker cannot lock the owner out.</li>
 * </ul>
 * A refused attempt is not tried; the login page says when to try again. The time travels in
 * the HTTP session, not in the address, so a crafted link cannot show a false notice.
 */
@Component
class SignInLimits {

    private final RateLimits limits;
    /** (e-mail, address) pairs with a failed attempt within the hour. */
    private final Cache<String, Boolean> failing;

    SignInLimits(RateLimits limits, LimitSettings settings) {
        this.limits = limits;
        this.failing = Caffeine.newBuilder()
                .maximumSize(Math.max(1000, settings.getMaxTracked()))
                .expireAfterWrite(Duration.ofHours(1))
                .build();
    }

    private static String email(String username) {
        return username == null || username.isBlank()
                ? null
                : "email:" + username.strip().toLowerCase(Locale.ROOT);
    }

    /** Placed before the username/password filter: takes the attempt, or refuses it, before the password is checked. */
    OncePerRequestFilter filter() {
        return new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                if ("POST".equals(request.getMethod())
                        && (request.getContextPath() + "/login").equals(request.getRequestURI())) {
                    attempt(request, response, chain);
                } else {
                    chain.doFilter(request, response);
                }
            }
        };
    }

    private void attempt(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var email = email(request.getParameter("username"));
        var address = request.getRemoteAddr();
        var pair = email == null ? null : email + "|" + address;
        var refused = limits.take(Limit.SIGN_IN, pair, address);
        if (refused.isPresent()) {
            refuse(request, response, refused.get());
            return;
        }
        var tookAccountToken = false;
        if (email != null) {
            var ceiling = limits.take(Limit.SIGN_IN_ACCOUNT, email, null);
            if (ceiling.isPresent() && failing.getIfPresent(pair) != null) {
                limits.giveBack(Limit.SIGN_IN, pair, address);
                refuse(request, response, ceiling.get());
                return;
            }
            tookAccountToken = ceiling.isEmpty();
        }
        chain.doFilter(request, response);
        if (signedIn()) {
            limits.giveBack(Limit.SIGN_IN, pair, address);
            if (tookAccountToken) {
                limits.giveBack(Limit.SIGN_IN_ACCOUNT, email, null);
            }
            if (pair != null) {
                failing.invalidate(pair);
            }
        } else if (pair != null) {
            failing.put(pair, Boolean.TRUE);
        }
    }

    private static boolean signedIn() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null
                && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken);
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response, Instant retryAt)
            throws IOException {
        request.getSession().setAttribute(LoginView.RETRY_AT_ATTRIBUTE, retryAt);
        response.sendRedirect(request.getContextPath() + "/login?limited");
    }
}
