package org.citizendialogue.shared.web;

import java.nio.charset.StandardCharsets;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.citizendialogue.shared.ErrorIds;
import org.citizendialogue.shared.FailureKind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.context.request.ServletWebRequest;

/**
 * The error page of plain HTTP (what the servlet container forwards to after a failure outside a
 * Vaadin navigation: open data, feeds, a request the firewall rejected). Public, so that it is
 * never a redirect to the sign-in page. Open data and JSON clients get problem details, browsers a
 * small page in their language; the unexpected kind is logged with an error id and its stack
 * trace, nothing else is. Replaces Boot's whitelabel BasicErrorController.
 */
@Controller
class PortalErrorController implements ErrorController {

    private static final Logger log = LoggerFactory.getLogger(PortalErrorController.class);

    private final ErrorAttributes errors;

    PortalErrorController(ErrorAttributes errors) {
        this.errors = errors;
    }

    @RequestMapping("${server.error.path:/error}")
    ResponseEntity<?> error(HttpServletRequest request, HttpServletResponse response) {
        ContentSecurityPolicy.errorPageHeaders(response);
        var failure = errors.getError(new ServletWebRequest(request));
        if (failure == null && request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof Throwable t) {
            failure = t;
        }
        // asked for directly, /error is an address like any other that is no page
        var status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer code
                ? code
                : failure == null ? 404 : 500;
        var kind = failure != null && status >= 500 ? FailureKind.of(failure) : FailureKind.ofStatus(status);
        if (failure != null && kind == FailureKind.NOT_FOUND && status >= 500) {
            status = 404;
        } else if (kind == FailureKind.UNAVAILABLE) {
            status = 503;
        }
        String errorId = null;
        var path = String.valueOf(request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI));
        if (kind == FailureKind.UNEXPECTED) {
            errorId = ErrorIds.next();
            log.error("Unexpected error {} on {}", errorId, path, failure);
        } else if (kind == FailureKind.UNAVAILABLE) {
            log.warn("Database unreachable on {}: {}", path, String.valueOf(failure));
        }
        var bundle = ErrorPageHtml.bundle(request.getLocale());
        var title = bundle.getString(kind.messageKey() + ".title");
        var message = bundle.getString(kind.messageKey() + ".message");
        if (wantsProblemDetails(request, path)) {
            var problem = ProblemDetail.forStatusAndDetail(HttpStatus.valueOf(status), message);
            problem.setTitle(title);
            if (errorId != null) {
                problem.setProperty("errorId", errorId);
            }
            return ResponseEntity.status(status)
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(problem);
        }
        return ResponseEntity.status(status)
                .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .body(ErrorPageHtml.render(kind, request.getLocale(), errorId));
    }

    private static boolean wantsProblemDetails(HttpServletRequest request, String path) {
        var accept = String.valueOf(request.getHeader("Accept"));
        return path.startsWith("/api/")
                || path.startsWith("/feeds/")
                || (accept.contains("json") && !accept.contains("text/html"));
    }
}
