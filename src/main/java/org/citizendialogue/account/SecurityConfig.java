package org.citizendialogue.account;

import org.citizendialogue.account.ui.LoginView;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextHolderFilter;

import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;

import jakarta.servlet.DispatcherType;

/**
 * Views are deny-by-default (Vaadin's navigation access control); services carry method
 * security, which is the check that counts. Open data and health are plain public HTTP.
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity
class SecurityConfig {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, RolesCache roles, SignInLimits signInLimits,
            RequestUtil vaadinRequests)
            throws Exception {
        // roles are checked per request (cached for seconds), so an admin's change counts at once (decision 008)
        http.addFilterAfter(new RolesRefreshFilter(roles, new HttpSessionSecurityContextRepository()),
                SecurityContextHolderFilter.class);
        http.addFilterBefore(signInLimits.filter(),
                org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter.class);
        // the error page is public: a failure on a public address is never a redirect to /login
        http.authorizeHttpRequests(auth -> auth
                .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                .requestMatchers("/api/**", "/feeds/**", "/actuator/health", "/actuator/health/**", "/error",
                        "/styles/**", "/images/**").permitAll()
                // an address that is no view gets the 404 page, not the sign-in page
                .requestMatchers(new UnknownRouteMatcher(vaadinRequests)).permitAll());
        // open data is read-only: a PUT or POST gets its 405, not a CSRF refusal sent to /login
        http.csrf(csrf -> csrf.ignoringRequestMatchers("/api/**", "/feeds/**"));
        http.headers(headers -> headers
                .referrerPolicy(referrer -> referrer.policy(
                        org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class)).build();
    }

    /** bcrypt today, behind Spring's delegating encoder so that stored hashes can move on. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
