package org.jiebang.platform.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.logging.Logger;

import javax.sql.DataSource;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;

import org.flywaydb.core.Flyway;

/**
 * The one database of the application, and its schema.
 * <p>
 * The DataSource is defined from MicroProfile Config ({@code jiebang.db.*}, SPEC §11): the
 * embedded H2 file database by default, MySQL 8 or MariaDB 10.11 through MySQL Connector/J when
 * {@code JIEBANG_DB_URL} says {@code jdbc:mysql:}. At start-up the Flyway migrations of the
 * top-level {@code sql/} folder are applied before anything else touches the database; JPA never
 * generates schema.
 */
@DataSourceDefinition(
        name = Database.JNDI_NAME,
        className = "${MPCONFIG=jiebang.db.class}",
        url = "${MPCONFIG=jiebang.db.url}",
        user = "${MPCONFIG=jiebang.db.user}",
        password = "${MPCONFIG=jiebang.db.password}",
        minPoolSize = 2,
        maxPoolSize = 40,
        properties = {
                "fish.payara.is-connection-validation-required=true",
                "fish.payara.connection-validation-method=meta-data",
                "fish.payara.fail-all-connections=true"
        })
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class Database {

    public static final String JNDI_NAME = "java:app/jdbc/jiebang";
    private static final Logger LOG = Logger.getLogger(Database.class.getName());

    @Resource(lookup = JNDI_NAME)
    private DataSource dataSource;

    @PostConstruct
    void start() {
        int applied = migrate(dataSource);
        LOG.info(() -> "database schema up to date (" + applied + " migrations applied now)");
    }

    /** Applies the migrations of {@code sql/} to the database; also used by the persistence tests. */
    public static int migrate(DataSource dataSource) {
        return Flyway.configure(Database.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .placeholders(placeholdersFor(dataSource))
                .load()
                .migrate()
                .migrationsExecuted;
    }

    /**
     * The few words in which H2 and MySQL/MariaDB SQL must differ: table options that make every
     * table InnoDB and utf8mb4 on MySQL/MariaDB whatever the server's defaults are, and how a list
     * is aggregated into a JSON array in order and how a JSON object is written (V016, V017).
     */
    public static Map<String, String> placeholdersFor(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            String product = connection.getMetaData().getDatabaseProductName().toLowerCase();
            boolean mysql = product.contains("mysql") || product.contains("mariadb");
            return Map.of("table_options",
                    mysql ? "ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci" : "",
                    // V016: a JSON array of strings in order; MySQL 8 takes no ORDER BY in JSON_ARRAYAGG, and
                    // cuts GROUP_CONCAT at 1,024 bytes unless told otherwise (H2 only sets a variable here)
                    "json_strings_in_order", mysql
                            ? "CONCAT('[', GROUP_CONCAT(JSON_QUOTE(k.keyword) ORDER BY k.position SEPARATOR ','), ']')"
                            : "JSON_ARRAYAGG(k.keyword ORDER BY k.position)",
                    "long_group_concat", mysql ? "SET SESSION group_concat_max_len = 1048576"
                            : "SET @group_concat_max_len = 1048576",
                    // V017 on: ${json_array_of} x ORDER BY y ${json_array_end} aggregates rows into a JSON
                    // array, JSON_OBJECT('key' ${json_value} x, ...) writes an object and ${json_string}(x) a
                    // string in an array, as each database can
                    "json_array_of", mysql ? "CONCAT('[', GROUP_CONCAT(" : "JSON_ARRAYAGG(",
                    "json_array_end", mysql ? "SEPARATOR ','), ']')" : ")",
                    "json_value", mysql ? "," : ":",
                    "json_string", mysql ? "JSON_QUOTE" : "");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot reach the database: " + e.getMessage(), e);
        }
    }
}
