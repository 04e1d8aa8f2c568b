package org.citizendialogue.shared.web;

import java.util.Locale;
import java.util.ResourceBundle;

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
import org.springframework.web.util.HtmlUtils;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

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
    ResponseEntity<?> error(HttpServletRequest request) {
        var failure = errors.getError(new ServletWebRequest(request));
        if (failure == null && request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof Throwable t) {
            failure = t;
        }
        var status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer code ? code : 500;
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
            log.warn("Database unreachable on {}: {}", path, failure);
        }
        var bundle = bundle(request.getLocale());
        var title = bundle.getString(kind.messageKey() + ".title");
        var message = bundle.getString(kind.messageKey() + ".message");
        if (wantsProblemDetails(request, path)) {
            var problem = ProblemDetail.forStatusAndDetail(HttpStatus.valueOf(status), message);
            problem.setTitle(title);
            if (errorId != null) {
                problem.setProperty("errorId", errorId);
            }
            return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
        }
        return ResponseEntity.status(status).contentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8))
                .body(page(bundle, title, message, errorId));
    }

    private static boolean wantsProblemDetails(HttpServletRequest request, String path) {
        var accept = String.valueOf(request.getHeader("Accept"));
        return path.startsWith("/api/") || path.startsWith("/feeds/")
                || (accept.contains("json") && !accept.contains("text/html"));
    }

    private static ResourceBundle bundle(Locale locale) {
        var chinese = locale != null && "zh".equals(locale.getLanguage());
        return ResourceBundle.getBundle("vaadin-i18n/translations", chinese ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    private static String page(ResourceBundle bundle, String title, String message, String errorId) {
        var language = bundle.getLocale().getLanguage().equals("zh") ? "zh-CN" : "en";
        var id = errorId == null ? ""
                : "<p id=\"error-id\">" + HtmlUtils.htmlEscape(bundle.getString("error.page.error-id").replace("{0}", errorId)) + "</p>";
        return """
                <!DOCTYPE html>
                <html lang="%s"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
                <title>%s</title></head>
                <body><main id="error-page"><h1 id="error-title">%s</h1><p id="error-message">%s</p>%s
                <a id="error-home" href="/">%s</a></main></body></html>
                """.formatted(language, HtmlUtils.htmlEscape(title), HtmlUtils.htmlEscape(title),
                HtmlUtils.htmlEscape(message), id, HtmlUtils.htmlEscape(bundle.getString("error.page.home")));
    }
}
