package org.citizendialogue.shared.web;

import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * Tomcat keeps a read and a write buffer for every open connection (8 KB each by default), and a
 * live audience holds one connection per page for its push WebSocket, whose messages are a few
 * hundred bytes. 2 KB each is enough: a larger response (a page of 40 KB) is written in more steps,
 * never refused (issue 13, docs/performance.md: 4 KB → 2 KB took 5 KB off each open page).
 *
 * <p>Each WebSocket also gets three frame buffers of its own (reading frames, encoding text,
 * writing frames), 8 KB each, sized by the JVM-wide system property
 * {@value #WEBSOCKET_BUFFER_PROPERTY}, which Tomcat reads once, when its WebSocket classes load
 * (after this customizer, before the first connection). 2 KB each: a push message larger than that
 * is written in more steps. An operator's own {@code -D} setting wins.
 */
@Component
class SmallSocketBuffers implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    static final int BUFFER_SIZE = 2048;
    static final String WEBSOCKET_BUFFER_PROPERTY = "org.apache.tomcat.websocket.DEFAULT_BUFFER_SIZE";
    static final int WEBSOCKET_BUFFER_SIZE = 2048;

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        if (System.getProperty(WEBSOCKET_BUFFER_PROPERTY) == null) {
            System.setProperty(WEBSOCKET_BUFFER_PROPERTY, String.valueOf(WEBSOCKET_BUFFER_SIZE));
        }
        factory.addConnectorCustomizers(connector -> {
            connector.setProperty("socket.appReadBufSize", String.valueOf(BUFFER_SIZE));
            connector.setProperty("socket.appWriteBufSize", String.valueOf(BUFFER_SIZE));
        });
    }
}
