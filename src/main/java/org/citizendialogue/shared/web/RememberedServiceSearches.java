package org.citizendialogue.shared.web;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;

/**
 * Opening a page made Vaadin search every nested jar of the production jar three times for
 * service files that are not there: {@code DevModeHandlerManager} and
 * {@code VaadinRolePrefixHolder} through its lookup (a {@code ServiceLoader} of the thread's
 * context class loader; Spring's lookup remembers only Vaadin's built-in services), and
 * {@code PushConnectionFactory} through a {@code ServiceLoader} of the service's class loader.
 * That was 6.6 % of the request threads' time to open a topic page (issue 13, decision 039).
 * Requests run with a context class loader, and Vaadin with a class loader, that remember where
 * service files are ({@link RememberedServiceFiles}); the class path does not change while the
 * portal runs. Classes and every other resource come from the same loaders as before.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RememberedServiceSearches extends OncePerRequestFilter implements VaadinServiceInitListener {

    private final Map<ClassLoader, RememberedServiceFiles> remembering = new ConcurrentHashMap<>();

    @Override
    public void serviceInit(ServiceInitEvent event) {
        var service = event.getSource();
        service.setClassLoader(remembering(service.getClassLoader()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var thread = Thread.currentThread();
        var own = thread.getContextClassLoader();
        if (own == null) {
            chain.doFilter(request, response);
            return;
        }
        thread.setContextClassLoader(remembering(own));
        try {
            chain.doFilter(request, response);
        } finally {
            thread.setContextClassLoader(own);
        }
    }

    RememberedServiceFiles remembering(ClassLoader loader) {
        return loader instanceof RememberedServiceFiles remembered
                ? remembered
                : remembering.computeIfAbsent(loader, RememberedServiceFiles::new);
    }
}
