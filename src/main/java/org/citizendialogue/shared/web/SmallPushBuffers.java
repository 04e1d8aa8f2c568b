package org.citizendialogue.shared.web;

import org.atmosphere.cpr.ApplicationConfig;
import org.atmosphere.cpr.AtmosphereFramework;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinServletService;
import com.vaadin.flow.server.communication.JSR356WebsocketInitializer;

/**
 * Every open page's push WebSocket carried 48 KB of buffers it never uses: Vaadin sets
 * Atmosphere's {@code org.atmosphere.websocket.bufferSize} to 16 KB, and Atmosphere's
 * {@code WebSocket} allocates a byte buffer and a char buffer of that size per connection and
 * only clears them on close (Atmosphere 3.0; the messages go through the container's session).
 * With a thousand viewers that was a fifth of the heap (issue 13, docs/performance.md). This sets
 * the size back to {@value #BUFFER_SIZE} after Vaadin's push handler has set it; the limits on
 * message sizes ({@code maxTextMessageSize}) are left as Vaadin sets them.
 */
@Component
class SmallPushBuffers implements VaadinServiceInitListener {

    /** Bytes (and chars) Atmosphere allocates per WebSocket for buffers it never reads. */
    static final int BUFFER_SIZE = 256;

    private static final Logger log = LoggerFactory.getLogger(SmallPushBuffers.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        if (!(event.getSource() instanceof VaadinServletService service) || service.getServlet() == null) {
            return;
        }
        var servlet = service.getServlet();
        var framework = servlet.getServletContext()
                .getAttribute(JSR356WebsocketInitializer.getAttributeName(servlet.getServletName()));
        if (framework instanceof AtmosphereFramework atmosphere) {
            atmosphere.addInitParameter(ApplicationConfig.WEBSOCKET_BUFFER_SIZE, String.valueOf(BUFFER_SIZE));
        } else {
            log.debug("No Atmosphere framework for {}: push buffers keep Vaadin's size", servlet.getServletName());
        }
    }
}
