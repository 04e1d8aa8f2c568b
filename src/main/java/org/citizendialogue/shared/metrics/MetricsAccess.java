package org.citizendialogue.shared.metrics;

import java.util.List;
import java.util.function.Supplier;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.authorization.AuthorityAuthorizationManager;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.util.matcher.IpAddressMatcher;
import org.springframework.stereotype.Component;

/**
 * Who may read {@code /actuator/prometheus}: requests from the addresses in
 * {@code dialogue.metrics.allowed-addresses} (loopback by default: a Prometheus beside the
 * portal), or a signed-in admin. Everybody else is refused; the figures are not public.
 */
@Component
public class MetricsAccess implements AuthorizationManager<RequestAuthorizationContext> {

    private final List<IpAddressMatcher> allowed;
    private final AuthorizationManager<RequestAuthorizationContext> admin =
            AuthorityAuthorizationManager.hasRole("ADMIN");

    MetricsAccess(@Value("${dialogue.metrics.allowed-addresses:127.0.0.1/32,::1/128}") List<String> addresses) {
        this.allowed = addresses.stream()
                .map(String::strip)
                .filter(a -> !a.isEmpty())
                .map(IpAddressMatcher::new)
                .toList();
    }

    @Override
    public AuthorizationResult authorize(
            Supplier<? extends Authentication> authentication, RequestAuthorizationContext context) {
        if (allowed.stream().anyMatch(matcher -> matcher.matches(context.getRequest()))) {
            return new AuthorizationDecision(true);
        }
        return admin.authorize(authentication, context);
    }
}
