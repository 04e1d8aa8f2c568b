package org.citizendialogue.shared.db;

import java.util.ArrayList;
import java.util.List;

import org.flywaydb.core.api.Location;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The demo programme and accounts are a repeatable Flyway migration in {@code db/demo}, added to
 * the migration locations only when {@code dialogue.demo.enabled} is true: on by default with the
 * embedded database, off with an external one unless switched on (docs/decisions/004).
 */
@Configuration
@ConditionalOnProperty(name = "dialogue.demo.enabled", havingValue = "true")
class DemoData {

    @Bean
    FlywayConfigurationCustomizer demoDataLocation() {
        return configuration -> {
            List<Location> locations = new ArrayList<>(List.of(configuration.getLocations()));
            locations.add(new Location("classpath:db/demo"));
            configuration.locations(locations.toArray(Location[]::new));
        };
    }
}
