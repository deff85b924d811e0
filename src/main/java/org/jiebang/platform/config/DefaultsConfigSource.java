package org.jiebang.platform.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;

import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Defaults that depend on other settings, below every other source (ordinal 50), so that
 * {@code JIEBANG_DB_URL}, {@code JIEBANG_DATA_DIR} and friends in the environment always win.
 * <ul>
 * <li>{@code jiebang.db.url}: an embedded H2 file database under the data directory;</li>
 * <li>{@code jiebang.db.class}: the DataSource class that fits the URL (H2 or MySQL Connector/J);</li>
 * <li>{@code jiebang.db.user} and {@code jiebang.db.password} for the embedded database: the
 * password is made once at random and kept beside the database file, because MicroProfile Config
 * treats an empty value as unset and a fixed one would be a password in the source.</li>
 * </ul>
 */
public class DefaultsConfigSource implements ConfigSource {

    static final String H2_CLASS = "org.h2.jdbcx.JdbcDataSource";
    static final String MYSQL_CLASS = "com.mysql.cj.jdbc.MysqlDataSource";

    private static final Set<String> KEYS = Set.of(
            "jiebang.db.url", "jiebang.db.class", "jiebang.db.user", "jiebang.db.password");

    @Override
    public Set<String> getPropertyNames() {
        return KEYS;
    }

    @Override
    public Map<String, String> getProperties() {
        return Map.of(
                "jiebang.db.url", getValue("jiebang.db.url"),
                "jiebang.db.class", getValue("jiebang.db.class"));
    }

    @Override
    public String getValue(String key) {
        return switch (key) {
            case "jiebang.db.url" -> embeddedUrl(dataDir());
            case "jiebang.db.class" -> dataSourceClassFor(effective("jiebang.db.url"));
            case "jiebang.db.user" -> isEmbedded() ? "jiebang" : null;
            case "jiebang.db.password" -> isEmbedded() ? embeddedPassword(dataDir()) : null;
            default -> null;
        };
    }

    @Override
    public int getOrdinal() {
        return 50;
    }

    @Override
    public String getName() {
        return "jiebang-defaults";
    }

    /** The JDBC URL of the embedded database under {@code dataDir}. */
    public static String embeddedUrl(Path dataDir) {
        // MODE=LEGACY: Payara's EclipseLink still asks H2 for CALL IDENTITY() after inserts
        return "jdbc:h2:file:" + dataDir.resolve("db").resolve("jiebang").toAbsolutePath()
                + ";MODE=LEGACY;DB_CLOSE_ON_EXIT=FALSE";
    }

    /** H2 or MySQL Connector/J, chosen by the URL's scheme. */
    public static String dataSourceClassFor(String url) {
        if (url == null || url.startsWith("jdbc:h2:")) {
            return H2_CLASS;
        }
        if (url.startsWith("jdbc:mysql:")) {
            return MYSQL_CLASS;
        }
        throw new IllegalArgumentException("jiebang.db.url: only jdbc:h2: and jdbc:mysql: URLs are supported"
                + " (MySQL Connector/J serves MySQL and MariaDB), not " + url);
    }

    private boolean isEmbedded() {
        String url = effective("jiebang.db.url");
        return url == null || url.startsWith("jdbc:h2:");
    }

    private static Path dataDir() {
        String dir = effective("jiebang.data.dir");
        return Path.of(dir == null ? "./data" : dir);
    }

    /** A value from a system property or the environment, read directly to avoid recursion. */
    private static String effective(String key) {
        String value = System.getProperty(key);
        if (value == null || value.isBlank()) {
            value = System.getenv(key.toUpperCase().replace('.', '_').replace('-', '_'));
        }
        return value == null || value.isBlank() ? null : value;
    }

    static synchronized String embeddedPassword(Path dataDir) {
        Path file = dataDir.resolve("db").resolve(".password");
        try {
            if (Files.exists(file)) {
                return Files.readString(file, StandardCharsets.US_ASCII).trim();
            }
            Files.createDirectories(file.getParent());
            byte[] bytes = new byte[18];
            new SecureRandom().nextBytes(bytes);
            String password = HexFormat.of().formatHex(bytes);
            Files.writeString(file, password, StandardCharsets.US_ASCII);
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                // Windows: the data directory's own permissions protect it
            }
            return password;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the embedded database password in " + file, e);
        }
    }
}
