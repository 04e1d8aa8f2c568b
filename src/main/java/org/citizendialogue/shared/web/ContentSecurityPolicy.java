package org.citizendialogue.shared.web;

import java.security.SecureRandom;
import java.util.Base64;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.web.header.HeaderWriter;
import org.springframework.stereotype.Component;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinServletRequest;

/**
 * The Content-Security-Policy of every response (decision 020). Scripts run only from the
 * application's own origin or, inline, with this response's nonce: Vaadin's bootstrap page has
 * inline scripts whose content changes with every request (the first view's data, the CSRF
 * token), so a hash cannot allow them; the nonce is stamped on each of its script tags here.
 * {@code 'unsafe-eval'} stays because Vaadin Flow's client engine builds functions from the
 * expressions the server sends (executeJs, event data of every click): decision 020 says why and
 * what it would take to drop it. {@code style-src 'unsafe-inline'}: Lumo and the Vaadin
 * components set inline styles and style elements at run time.
 */
@Component
public class ContentSecurityPolicy implements HeaderWriter, VaadinServiceInitListener {

    static final String HEADER = "Content-Security-Policy";
    private static final String NONCE_ATTRIBUTE = ContentSecurityPolicy.class.getName() + ".nonce";
    private static final SecureRandom RANDOM = new SecureRandom();

    /** The policy with this response's nonce in place of {@code %s}. */
    static final String POLICY = "default-src 'self'; script-src 'self' 'nonce-%s' 'unsafe-eval'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /** The error page's policy: it has neither scripts nor styles nor images. */
    static final String ERROR_PAGE_POLICY =
            "default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    /**
     * The browser headers for an error page written outside Spring Security's filter (an error
     * dispatch, Tomcat's own error report), where they would otherwise be missing.
     */
    static void errorPageHeaders(HttpServletResponse response) {
        setIfAbsent(response, HEADER, ERROR_PAGE_POLICY);
        setIfAbsent(response, "X-Content-Type-Options", "nosniff");
        setIfAbsent(response, "X-Frame-Options", "DENY");
        setIfAbsent(response, "Referrer-Policy", "same-origin");
        setIfAbsent(response, "Cache-Control", "no-cache, no-store, max-age=0, must-revalidate");
    }

    private static void setIfAbsent(HttpServletResponse response, String name, String value) {
        if (!response.containsHeader(name)) {
            response.setHeader(name, value);
        }
    }

    /** This request's nonce, made at the first call: the page and the header use the same one. */
    public static String nonce(HttpServletRequest request) {
        var nonce = (String) request.getAttribute(NONCE_ATTRIBUTE);
        if (nonce == null) {
            var bytes = new byte[18];
            RANDOM.nextBytes(bytes);
            nonce = Base64.getEncoder().encodeToString(bytes);
            request.setAttribute(NONCE_ATTRIBUTE, nonce);
        }
        return nonce;
    }

    /** Spring Security writes it with the other headers, just before the response is committed. */
    @Override
    public void writeHeaders(HttpServletRequest request, HttpServletResponse response) {
        if (!response.containsHeader(HEADER)) {
            response.setHeader(HEADER, POLICY.formatted(nonce(request)));
        }
    }

    /**
     * Every script tag of Vaadin's bootstrap page gets the nonce of its response, and the page gets
     * the headers here too: in production mode Vaadin's 404 page reaches the browser without the
     * headers Spring Security writes (seen in SecurityHeadersHttpTest under -Pproduction).
     */
    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(page -> {
            if (page.getVaadinRequest() instanceof VaadinServletRequest request) {
                var nonce = nonce(request.getHttpServletRequest());
                page.getDocument().getElementsByTag("script").attr("nonce", nonce);
                var response = page.getVaadinResponse();
                response.setHeader(HEADER, POLICY.formatted(nonce));
                response.setHeader("X-Content-Type-Options", "nosniff");
                response.setHeader("X-Frame-Options", "DENY");
                response.setHeader("Referrer-Policy", "same-origin");
                response.setHeader("Cache-Control", "no-cache, no-store, max-age=0, must-revalidate");
            }
        });
    }
}
