package org.citizendialogue.shared.web;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinRequestInterceptor;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;

/**
 * Opening a page made Vaadin search every nested jar of the production jar three times for
 * service files that are not there: {@code DevModeHandlerManager} and
 * {@code VaadinRolePrefixHolder} through its lookup (a {@code ServiceLoader} of the thread's
 * context class loader; Spring's lookup remembers only Vaadin's built-in services), and
 * {@code PushConnectionFactory} through a {@code ServiceLoader} of the service's class loader
 * (issue 13, decision 039). Vaadin runs with a class loader, and each of its requests with a
 * context class loader, that remember where service files are ({@link RememberedServiceFiles});
 * the class path does not change while the portal runs. Classes and every other resource come
 * from the same loaders as before.
 *
 * <p>The context class loader is set where Vaadin starts a request, not in a servlet filter:
 * Spring forwards each request to Vaadin's servlet through a named dispatcher, and Tomcat's
 * dispatcher sets the web application's own loader back for the forwarded request.
 */
@Component
class RememberedServiceSearches implements VaadinServiceInitListener, VaadinRequestInterceptor {

    /** The request attribute that keeps the thread's own context class loader until the request ends. */
    static final String OWN_LOADER = RememberedServiceSearches.class.getName() + ".own";

    private final transient Map<ClassLoader, RememberedServiceFiles> remembering = new ConcurrentHashMap<>();

    @Override
    public void serviceInit(ServiceInitEvent event) {
        var service = event.getSource();
        service.setClassLoader(remembering(service.getClassLoader()));
        event.addVaadinRequestInterceptor(this);
    }

    @Override
    public void requestStart(VaadinRequest request, VaadinResponse response) {
        var thread = Thread.currentThread();
        var own = thread.getContextClassLoader();
        if (own != null) {
            request.setAttribute(OWN_LOADER, own);
            thread.setContextClassLoader(remembering(own));
        }
    }

    @Override
    public void handleException(
            VaadinRequest request, VaadinResponse response, VaadinSession session, Exception exception) {
        // the loader is given back when the request ends, which follows every exception
    }

    @Override
    public void requestEnd(VaadinRequest request, VaadinResponse response, VaadinSession session) {
        if (request.getAttribute(OWN_LOADER) instanceof ClassLoader own) {
            request.removeAttribute(OWN_LOADER);
            Thread.currentThread().setContextClassLoader(own);
        }
    }

    RememberedServiceFiles remembering(ClassLoader loader) {
        return loader instanceof RememberedServiceFiles remembered
                ? remembered
                : remembering.computeIfAbsent(loader, RememberedServiceFiles::new);
    }
}
