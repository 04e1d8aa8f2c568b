package org.citizendialogue.shared.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Component;

import com.vaadin.flow.server.StaticFileHandler;
import com.vaadin.flow.server.StaticFileHandlerFactory;
import com.vaadin.flow.server.StaticFileServer;
import com.vaadin.flow.server.VaadinService;

/**
 * Vaadin's own requests (UIDL, heartbeat, init, push: those with a {@code v-r} parameter) and page
 * addresses (a last segment without a dot: {@code /dialogues/…/topics/five-sons}) go straight to
 * Vaadin instead of first being looked up as a static file. Vaadin's static file server looks
 * every request's path up on the class path, and in the production jar a miss searches every
 * nested jar: on a held page that was about 40 % of the server's CPU per heartbeat, and 5 % of
 * opening a topic page (issue 13, docs/performance.md). Every file the portal serves has an
 * extension (the bundle, styles, images, {@code sw.js}, the manifest); those, the root and
 * folders are served by Vaadin's static file server as before. Vaadin's lookup takes this bean in
 * place of its default factory.
 */
@Component
class VaadinRequestsNotFiles implements StaticFileHandlerFactory {

    @Override
    public StaticFileHandler createHandler(VaadinService service) {
        var files = new StaticFileServer(service);
        return (request, response) -> !isVaadinRequest(request.getQueryString())
                && !cannotBeAFile(pathOf(request))
                && files.serveStaticResource(request, response);
    }

    /** The path within the portal, as Vaadin's static file server reads it (servlet path and path info). */
    private static String pathOf(HttpServletRequest request) {
        var info = request.getPathInfo();
        return info == null ? request.getServletPath() : request.getServletPath() + info;
    }

    /** Whether the path is a page address: its last segment has no dot, so no file of ours has it. */
    static boolean cannotBeAFile(String path) {
        if (path == null) {
            return false;
        }
        var last = path.substring(path.lastIndexOf('/') + 1);
        return !last.isEmpty() && last.indexOf('.') < 0;
    }

    /** Whether the query names one of Vaadin's request types ({@code v-r=uidl}, {@code v-r=heartbeat}…). */
    static boolean isVaadinRequest(String query) {
        return query != null && (query.startsWith("v-r=") || query.contains("&v-r="));
    }
}
