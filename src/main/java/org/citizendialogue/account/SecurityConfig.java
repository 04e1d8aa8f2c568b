package org.citizendialogue.account;

import org.citizendialogue.account.ui.LoginView;
import org.citizendialogue.shared.metrics.MetricsAccess;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextHolderFilter;

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
    SecurityFilterChain securityFilterChain(HttpSecurity http, JdbcClient jdbc, SignInLimits signInLimits,
            MetricsAccess metricsAccess) throws Exception {
        // roles are re-read per request, so an admin's change counts from the next one (decision 008)
        http.addFilterAfter(new RolesRefreshFilter(jdbc, new HttpSessionSecurityContextRepository()),
                SecurityContextHolderFilter.class);
        http.addFilterBefore(signInLimits.filter(),
                org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter.class);
        http.authorizeHttpRequests(auth -> auth
                .requestMatchers("/api/**", "/feeds/**", "/actuator/health/**", "/styles/**", "/images/**").permitAll()
                .requestMatchers("/actuator/prometheus").access(metricsAccess));
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
