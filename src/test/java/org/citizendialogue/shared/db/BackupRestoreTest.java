package org.citizendialogue.shared.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.commons.logging.impl.NoOpLog;
import org.citizendialogue.Application;
import org.citizendialogue.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.util.FileSystemUtils;

/**
 * Issue 18, item 9: a backup made the way docker-compose's backup service makes it (mariadb-dump
 * with the same options) from the populated test database restores into an empty server, and the
 * portal starts on it with every row of every table.
 */
@IntegrationTest
class BackupRestoreTest {

    @Autowired
    JdbcClient jdbc;

    @Value("${spring.datasource.url}")
    String sourceUrl;

    @Value("${spring.datasource.password}")
    String sourcePassword;

    @Value("${dialogue.embedded-db.schema}")
    String schema;

    @Value("${dialogue.embedded-db.directory}")
    String embeddedDirectory;

    private final Path directory = tempDirectory();
    private EmbeddedMariaDb empty;
    private ConfigurableApplicationContext restored;
    /** A second application sets its own strategy globally; the other tests' context needs its own back. */
    private SecurityContextHolderStrategy strategy;

    @AfterEach
    void cleanUp() throws IOException {
        if (restored != null) {
            restored.close();
        }
        if (strategy != null) {
            SecurityContextHolder.setContextHolderStrategy(strategy);
        }
        if (empty != null) {
            empty.stop();
        }
        FileSystemUtils.deleteRecursively(directory);
    }

    @Test
    void a_dump_of_the_populated_database_restores_into_an_empty_server_and_the_portal_starts_on_it() throws Exception {
        var before = contents(sourceUrl, sourcePassword);
        assertThat(before).containsKeys("account", "submission", "answer", "audit_entry", "flyway_schema_history");
        assertThat(before.get("submission").rows()).isPositive();

        var dump = directory.resolve("backup.sql");
        run(
                List.of(
                        binary("mariadb-dump"),
                        "--host=127.0.0.1",
                        "--port=" + port(sourceUrl),
                        "--user=root",
                        "--password=" + sourcePassword,
                        "--skip-ssl",
                        "--single-transaction",
                        "--quick",
                        "--routines",
                        "--triggers",
                        "--events",
                        "--hex-blob",
                        "--default-character-set=utf8mb4",
                        "--databases",
                        schema),
                null,
                dump);
        assertThat(Files.size(dump)).isPositive();

        empty = EmbeddedMariaDb.start(directory.resolve("empty"), new NoOpLog());
        var restoredUrl = empty.jdbcUrl(schema);
        run(
                List.of(
                        binary("mariadb"),
                        "--host=127.0.0.1",
                        "--port=" + port(restoredUrl),
                        "--user=root",
                        "--password=" + empty.password(),
                        "--skip-ssl",
                        "--default-character-set=utf8mb4"),
                dump,
                null);

        strategy = SecurityContextHolder.getContextHolderStrategy();
        restored = new SpringApplicationBuilder(Application.class)
                .properties(
                        "spring.datasource.url=" + restoredUrl,
                        "spring.datasource.username=root",
                        "spring.datasource.password=" + empty.password(),
                        "dialogue.demo.enabled=true",
                        "server.port=0")
                .run();

        var after = contents(restoredUrl, empty.password());
        assertThat(after).isEqualTo(before);
        assertThat(restored.getBean(JdbcClient.class)
                        .sql("SELECT COUNT(*) FROM submission")
                        .query(Long.class)
                        .single())
                .isEqualTo(before.get("submission").rows());
    }

    private record TableContents(long rows, long checksum) {}

    /** Rows and checksum of every table, read before the restored portal writes anything. */
    private Map<String, TableContents> contents(String url, String password) throws SQLException {
        var tables = new LinkedHashMap<String, TableContents>();
        try (var connection = DriverManager.getConnection(url, "root", password)) {
            var names = new ArrayList<String>();
            try (var rows = connection
                    .createStatement()
                    .executeQuery(
                            "SELECT table_name FROM information_schema.tables WHERE table_schema = DATABASE() AND table_type = 'BASE TABLE' ORDER BY table_name")) {
                while (rows.next()) {
                    names.add(rows.getString(1));
                }
            }
            for (var name : names) {
                try (var count = connection.createStatement().executeQuery("SELECT COUNT(*) FROM `" + name + "`");
                        var sum = connection.createStatement().executeQuery("CHECKSUM TABLE `" + name + "`")) {
                    count.next();
                    sum.next();
                    tables.put(name, new TableContents(count.getLong(1), sum.getLong(2)));
                }
            }
        }
        return tables;
    }

    private String binary(String name) {
        return Path.of(embeddedDirectory, "base", "bin", name).toAbsolutePath().toString();
    }

    private static int port(String url) {
        var afterHost = url.substring(url.indexOf("127.0.0.1:") + "127.0.0.1:".length());
        return Integer.parseInt(afterHost.substring(0, afterHost.indexOf('/')));
    }

    private void run(List<String> command, Path input, Path output) throws IOException, InterruptedException {
        var builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT);
        builder.environment()
                .put(
                        "LD_LIBRARY_PATH",
                        Path.of(embeddedDirectory, "base", "libs")
                                .toAbsolutePath()
                                .toString());
        if (input != null) {
            builder.redirectInput(input.toFile());
        }
        builder.redirectOutput(
                output != null ? ProcessBuilder.Redirect.to(output.toFile()) : ProcessBuilder.Redirect.DISCARD);
        var process = builder.start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS))
                .as(command.getFirst() + " finished")
                .isTrue();
        assertThat(process.exitValue()).as(command.getFirst() + " exit status").isZero();
    }

    private static Path tempDirectory() {
        try {
            return Files.createTempDirectory("citizen-dialogue-restore-");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
