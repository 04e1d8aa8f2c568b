package org.citizendialogue.support;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** What every {@link IntegrationTest} adds to the application: the clock a test may move. */
@TestConfiguration(proxyBeanMethods = false)
class IntegrationTestConfig {

    @Bean
    @Primary
    MovableClock movableClock() {
        return new MovableClock();
    }
}
