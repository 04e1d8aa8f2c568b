package org.citizendialogue.shared.limits;

import java.util.Optional;

import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import com.vaadin.flow.server.VaadinRequest;

/**
 * The address of the client whose request is being handled: the Vaadin request's (also over
 * the push websocket), else the servlet request's. Behind a reverse proxy, set
 * {@code server.forward-headers-strategy=native} so the container takes it from
 * {@code X-Forwarded-For} (README: Configuration). Empty outside a request.
 */
public final class ClientAddress {

    private ClientAddress() {}

    public static Optional<String> current() {
        var vaadin = VaadinRequest.getCurrent();
        if (vaadin != null && vaadin.getRemoteAddr() != null) {
            return Optional.of(vaadin.getRemoteAddr());
        }
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes servlet) {
            return Optional.ofNullable(servlet.getRequest().getRemoteAddr());
        }
        return Optional.empty();
    }
}
