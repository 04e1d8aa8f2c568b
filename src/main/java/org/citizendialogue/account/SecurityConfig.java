package org.citizendialogue.account;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import jakarta.servlet.DispatcherType;

import org.citizendialogue.account.ui.LoginView;
import org.citizendialogue.shared.metrics.MetricsAccess;
import org.citizendialogue.shared.web.ContentSecurityPolicy;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authorization.AuthorizationEventPublisher;
import org.springframework.security.authorization.SpringAuthorizationEventPublisher;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.session.HttpSessionEventPublisher;

import com.vaadin.flow.spring.security.NavigationAccessControlConfigurer;
import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;

/**
 * Views are deny-by-default (Vaadin's navigation access control); services carry method
 * security, which is the check that counts. Open data and health are plain public HTTP.
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity
class SecurityConfig {

    @Bean
    SecurityFilterChain securityFilterChain(
            HttpSecurity http,
            RolesCache roles,
            SignInLimits signInLimits,
            RequestUtil vaadinRequests,
            MetricsAccess metricsAccess,
            SessionRegistry sessionRegistry,
            SecondFactorPolicy secondFactor,
            ContentSecurityPolicy contentSecurityPolicy,
            ObjectProvider<SecurityContextHolderStrategy> strategies)
            throws Exception {
        var strategy = strategies.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
        // roles are checked per request (cached for seconds), so an admin's change counts at once (decision 008)
        http.addFilterAfter(
                new RolesRefreshFilter(roles, secondFactor, new HttpSessionSecurityContextRepository(), strategy),
                SecurityContextHolderFilter.class);
        http.addFilterBefore(signInLimits.filter(), UsernamePasswordAuthenticationFilter.class);
        // the error page is public: a failure on a public address is never a redirect to /login
        http.authorizeHttpRequests(auth -> auth.dispatcherTypeMatchers(DispatcherType.ERROR)
                .permitAll()
                .requestMatchers(
                        "/api/**",
                        "/feeds/**",
                        "/actuator/health",
                        "/actuator/health/**",
                        "/error",
                        "/styles/**",
                        "/images/**")
                .permitAll()
                .requestMatchers("/actuator/prometheus")
                .access(metricsAccess)
                // an address that is no view gets the 404 page, not the sign-in page
                .requestMatchers(new UnknownRouteMatcher(vaadinRequests))
                .permitAll());
        // every signed-in session is registered, so that an admin or a suspension can end them
        http.sessionManagement(sessions ->
                sessions.maximumSessions(-1).sessionRegistry(sessionRegistry).expiredUrl("/login"));
        // open data is read-only: a PUT or POST gets its 405, not a CSRF refusal sent to /login
        http.csrf(csrf -> csrf.ignoringRequestMatchers("/api/**", "/feeds/**"));
        // Spring Security's defaults (nosniff, no-store, X-Frame-Options DENY, HSTS on secure
        // requests) plus the referrer policy and the Content-Security-Policy with a nonce (decision 020)
        http.headers(headers -> headers.referrerPolicy(
                        referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                .addHeaderWriter(contentSecurityPolicy));
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class))
                .build();
    }

    /** Vaadin's default (annotated views; enabled by the Vaadin security configurer), with its denials logged. */
    @Bean
    static NavigationAccessControlConfigurer navigationAccessControlConfigurer() {
        return new NavigationAccessControlConfigurer()
                .withAnnotatedViewAccessChecker()
                .withDecisionResolver(new SecurityEvents.NavigationDecisions())
                .disabled();
    }

    /** Sign-ins and failed ones become events for {@link SecurityEvents}. */
    @Bean
    AuthenticationEventPublisher authenticationEventPublisher(ApplicationEventPublisher events) {
        return new DefaultAuthenticationEventPublisher(events);
    }

    /** Requests and service calls refused become events for {@link SecurityEvents}: the request filter and method security publish through this bean. */
    @Bean
    AuthorizationEventPublisher authorizationEventPublisher(ApplicationEventPublisher events) {
        return new SpringAuthorizationEventPublisher(events);
    }

    @Bean
    SessionRegistry sessionRegistry() {
        return new SessionRegistryImpl();
    }

    /** Tells the session registry when a session ends by itself (time-out, sign-out). */
    @Bean
    HttpSessionEventPublisher httpSessionEventPublisher() {
        return new HttpSessionEventPublisher();
    }

    /**
     * Argon2id for new hashes (Spring Security's v5.8 parameters), behind the delegating encoder:
     * stored {@code {bcrypt}} hashes still match and are rehashed at the next sign-in
     * ({@link AccountUserDetailsService#updatePassword}). Decision 018.
     */
    @Bean
    PasswordEncoder passwordEncoder() {
        var encoders = Map.<String, PasswordEncoder>of(
                "argon2", Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8(), "bcrypt", new LegacyBcrypt());
        return new DelegatingPasswordEncoder("argon2", encoders);
    }

    /**
     * bcrypt for stored hashes only: it refuses more than 72 bytes with an exception, so a longer
     * password typed for an old account simply does not match (it cannot have been that one).
     */
    static final class LegacyBcrypt implements PasswordEncoder {

        private final BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder();

        @Override
        public String encode(CharSequence raw) {
            return bcrypt.encode(raw);
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
            if (raw == null || raw.toString().getBytes(StandardCharsets.UTF_8).length > 72) {
                return false;
            }
            return bcrypt.matches(raw, encoded);
        }
    }
}
