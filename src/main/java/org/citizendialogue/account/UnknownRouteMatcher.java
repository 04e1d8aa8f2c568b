package org.citizendialogue.account;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.web.util.matcher.RequestMatcher;

import com.vaadin.flow.spring.security.RequestUtil;

/**
 * A page request for an address that is no view at all: let it through to Vaadin, which answers
 * 404 with the friendly page, instead of sending a visitor to sign in for a page that does not
 * exist. Secured views, the management endpoints and anything but GET are not matched.
 */
final class UnknownRouteMatcher implements RequestMatcher {

    private final RequestUtil vaadin;

    UnknownRouteMatcher(RequestUtil vaadin) {
        this.vaadin = vaadin;
    }

    @Override
    public boolean matches(HttpServletRequest request) {
        var path = request.getRequestURI().substring(request.getContextPath().length());
        return "GET".equals(request.getMethod())
                && !path.startsWith("/actuator")
                && !path.startsWith("/admin")
                && !path.startsWith("/moderation")
                && !vaadin.isFrameworkInternalRequest(request)
                && !vaadin.isSecuredFlowRoute(request)
                && !vaadin.isAnonymousRoute(request);
    }
}
