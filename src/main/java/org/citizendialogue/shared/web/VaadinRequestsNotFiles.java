package org.citizendialogue.shared.web;

import org.springframework.stereotype.Component;

import com.vaadin.flow.server.StaticFileHandler;
import com.vaadin.flow.server.StaticFileHandlerFactory;
import com.vaadin.flow.server.StaticFileServer;
import com.vaadin.flow.server.VaadinService;

/**
 * Vaadin's own requests (UIDL, heartbeat, init, push: those with a {@code v-r} parameter) go
 * straight to Vaadin instead of first being looked up as a static file. Vaadin's static file
 * server looks every request's path up on the class path, and in the production jar a miss
 * searches every nested jar: on a held page that was about 40 % of the server's CPU per heartbeat
 * (issue 13, docs/performance.md). Every other request is served by Vaadin's static file server
 * as before. Vaadin's lookup takes this bean in place of its default factory.
 */
@Component
class VaadinRequestsNotFiles implements StaticFileHandlerFactory {

    @Override
    public StaticFileHandler createHandler(VaadinService service) {
        var files = new StaticFileServer(service);
        return (request, response) ->
                !isVaadinRequest(request.getQueryString()) && files.serveStaticResource(request, response);
    }

    /** Whether the query names one of Vaadin's request types ({@code v-r=uidl}, {@code v-r=heartbeat}…). */
    static boolean isVaadinRequest(String query) {
        return query != null && (query.startsWith("v-r=") || query.contains("&v-r="));
    }
}
