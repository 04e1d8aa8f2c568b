package org.citizendialogue.shared.web;

import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * Tomcat keeps a read and a write buffer for every open connection (8 KB each by default), and a
 * live audience holds one connection per page for its push WebSocket, whose messages are a few
 * hundred bytes. Half of that is enough: a larger response is written in more steps, never
 * refused (issue 13, docs/performance.md).
 */
@Component
class SmallSocketBuffers implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    static final int BUFFER_SIZE = 4096;

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addConnectorCustomizers(connector -> {
            connector.setProperty("socket.appReadBufSize", String.valueOf(BUFFER_SIZE));
            connector.setProperty("socket.appWriteBufSize", String.valueOf(BUFFER_SIZE));
        });
    }
}
