package org.citizendialogue.shared;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One clock for the whole application, so tests and services agree on "now". */
@Configuration
class TimeConfig {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    ZoneId displayZone(@Value("${dialogue.time-zone:Asia/Shanghai}") String zone) {
        return ZoneId.of(zone);
    }
}
