package org.jiebang.testing;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;

/**
 * The local MariaDB (or MySQL) the database tests run against, through MySQL Connector/J. An
 * administrator account creates a database per test suite and a user with a password for the
 * application (MicroProfile Config treats an empty password as unset).
 * <p>
 * System properties: {@code jiebang.test.mysql.url} (default {@code jdbc:mysql://127.0.0.1:3306/}),
 * {@code jiebang.test.mysql.user} (root), {@code jiebang.test.mysql.password} (empty). There is no
 * skipping: an unreachable server fails the tests that need it.
 */
public final class MariaDb {

    public static final String SERVER_URL = System.getProperty("jiebang.test.mysql.url", "jdbc:mysql://127.0.0.1:3306/");
    private static final String ADMIN = System.getProperty("jiebang.test.mysql.user", "root");
    private static final String ADMIN_PASSWORD = System.getProperty("jiebang.test.mysql.password", "");

    /** A database made for a test, with a user of its own. */
    public record Database(String name, String url, String user, String password) {
        public Connection connect() throws SQLException {
            return DriverManager.getConnection(url, user, password);
        }
    }

    private MariaDb() {
    }

    /** The administrator's connection to an existing database, for tests that look behind the application's back. */
    public static Database connectTo(String name) {
        return new Database(name, SERVER_URL + name, ADMIN, ADMIN_PASSWORD);
    }

    /** Drops and creates {@code name} (utf8mb4) and a user {@code name} with a random password who owns it. */
    public static Database freshDatabase(String name) {
        String password = "pw-" + HexFormat.of().formatHex(new SecureRandom().generateSeed(9));
        try (Connection admin = DriverManager.getConnection(SERVER_URL, ADMIN, ADMIN_PASSWORD);
                Statement sql = admin.createStatement()) {
            sql.execute("DROP DATABASE IF EXISTS " + name);
            sql.execute("CREATE DATABASE " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            for (String host : new String[] { "localhost", "127.0.0.1", "%" }) {
                sql.execute("CREATE OR REPLACE USER '" + name + "'@'" + host + "' IDENTIFIED BY '" + password + "'");
                sql.execute("GRANT ALL PRIVILEGES ON " + name + ".* TO '" + name + "'@'" + host + "'");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("MariaDB/MySQL is required for the database tests and is not reachable at "
                    + SERVER_URL + " as " + ADMIN + ": " + e.getMessage(), e);
        }
        String url = SERVER_URL + name + "?connectionTimeZone=UTC&forceConnectionTimeZoneToSession=true";
        return new Database(name, url, name, password);
    }
}
