package org.citizendialogue.shared.db;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.apache.commons.logging.Log;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

/**
 * With no {@code spring.datasource.url} configured, starts the embedded MariaDB (once per JVM)
 * and points Boot's own DataSource, Flyway and Data JDBC set-up at it, with demo data switched
 * on unless configured otherwise. With a URL, it does nothing: that server is used as it is.
 * Its log lines are deferred until the application's logging is set up (Boot drops anything
 * logged earlier), so the port and any left-over server stopped appear in the application log.
 * See docs/decisions/002-embedded-mariadb.md.
 */
public class EmbeddedMariaDbEnvironment implements EnvironmentPostProcessor {

    static final String DIRECTORY = "dialogue.embedded-db.directory";

    private static EmbeddedMariaDb server;

    private final Log log;

    public EmbeddedMariaDbEnvironment(DeferredLogFactory logFactory) {
        this.log = logFactory.getLog(EmbeddedMariaDb.class);
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (StringUtils.hasText(environment.getProperty("spring.datasource.url"))) {
            return;
        }
        var directory = Path.of(environment.getProperty(DIRECTORY, "data/mariadb"));
        var db = startOnce(directory, application, log);
        var schema = environment.getProperty("dialogue.embedded-db.schema", "citizen_dialogue");
        if (Boolean.parseBoolean(environment.getProperty("dialogue.embedded-db.fresh-schema", "false"))) {
            freshSchemaOnce(db, schema);
        }
        Map<String, Object> properties = new HashMap<>();
        properties.put("spring.datasource.url", db.jdbcUrl(schema));
        properties.put("spring.datasource.username", EmbeddedMariaDb.USER);
        properties.put("spring.datasource.password", db.password());
        properties.put("dialogue.embedded-db.active", "true");
        if (!environment.containsProperty("dialogue.demo.enabled")) {
            properties.put("dialogue.demo.enabled", "true");
        }
        environment.getPropertySources().addLast(new MapPropertySource("embeddedMariaDb", properties));
    }

    private static synchronized EmbeddedMariaDb startOnce(Path directory, SpringApplication application, Log log) {
        if (server == null) {
            server = EmbeddedMariaDb.start(directory, log);
            // Boot runs its shutdown handlers after every context has closed its pool
            application.getShutdownHandlers().add(EmbeddedMariaDbEnvironment::stopServer);
        }
        application.addListeners(event -> {
            // a failed start (a broken migration) must not leave the server's threads holding the JVM
            if (event instanceof ApplicationFailedEvent) {
                stopServer();
            }
        });
        return server;
    }

    private static boolean schemaReset;

    /** Tests start every run from an empty schema, so what one run left behind never leaks into the next. */
    private static synchronized void freshSchemaOnce(EmbeddedMariaDb db, String schema) {
        if (!schemaReset) {
            db.dropSchema(schema);
            schemaReset = true;
        }
    }

    private static synchronized void stopServer() {
        if (server != null) {
            server.stop();
            server = null;
        }
    }
}
