package org.citizendialogue.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;

/** The push connections' buffers are made small before Tomcat's WebSocket classes read their size (issue 13). */
class SmallSocketBuffersTest {

    private String before;

    @BeforeEach
    void remember() {
        before = System.getProperty(SmallSocketBuffers.WEBSOCKET_BUFFER_PROPERTY);
    }

    @AfterEach
    void restore() {
        if (before == null) {
            System.clearProperty(SmallSocketBuffers.WEBSOCKET_BUFFER_PROPERTY);
        } else {
            System.setProperty(SmallSocketBuffers.WEBSOCKET_BUFFER_PROPERTY, before);
        }
    }

    @Test
    void each_websocket_gets_2_kb_frame_buffers_instead_of_8() {
        System.clearProperty(SmallSocketBuffers.WEBSOCKET_BUFFER_PROPERTY);
        new SmallSocketBuffers().customize(new TomcatServletWebServerFactory());
        assertThat(System.getProperty(SmallSocketBuffers.WEBSOCKET_BUFFER_PROPERTY))
                .isEqualTo("2048");
    }

    @Test
    void an_operators_own_setting_wins() {
        System.setProperty(SmallSocketBuffers.WEBSOCKET_BUFFER_PROPERTY, "8192");
        new SmallSocketBuffers().customize(new TomcatServletWebServerFactory());
        assertThat(System.getProperty(SmallSocketBuffers.WEBSOCKET_BUFFER_PROPERTY))
                .isEqualTo("8192");
    }
}
