package org.jiebang.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.jiebang.platform.persistence.Database;

import com.mysql.cj.jdbc.MysqlDataSource;

/**
 * Plain EntityManagerFactories of the application's persistence unit for persistence tests, on a
 * fresh embedded H2 file database and on a fresh MariaDB database, each migrated by the same
 * Flyway migrations the application runs.
 */
public final class TestDatabases {

    public enum Kind {
        H2, MARIADB
    }

    private TestDatabases() {
    }

    /** Runs {@code work} in a transaction of its own on a new EntityManager of {@code factory}. */
    public static <T> T inTransaction(EntityManagerFactory factory, java.util.function.Function<EntityManager, T> work) {
        EntityManager em = factory.createEntityManager();
        try {
            em.getTransaction().begin();
            T result = work.apply(em);
            em.getTransaction().commit();
            return result;
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
    }

    /** An organization as registration makes it, not yet verified. */
    public static org.jiebang.account.Organization anOrganization(String name, String uscc) {
        org.jiebang.account.OrganizationForm form = new org.jiebang.account.OrganizationForm();
        form.setName(name);
        form.setType(org.jiebang.account.OrganizationType.RESEARCH_INSTITUTE);
        form.setUscc(uscc);
        form.setRegion("330402");
        form.setAddress("浙江省嘉兴市南湖区");
        form.setContactName("王工");
        form.setContactPhone("0573-8888888");
        form.setEmail("lab@example.cn");
        return new org.jiebang.account.Organization(form);
    }

    /** An account as registration makes it (the password hash a placeholder), not yet persisted. */
    public static org.jiebang.account.User anAccount(String username, org.jiebang.account.Organization organization,
            java.util.Set<org.jiebang.account.Role> roles) {
        org.jiebang.account.UserForm form = new org.jiebang.account.UserForm();
        form.setUsername(username);
        form.setDisplayName("刘静");
        form.setEmail(username + "@example.cn");
        return new org.jiebang.account.User(form, "PBKDF2WithHmacSHA256:600000:x:y", organization, roles);
    }

    public static EntityManagerFactory migrated(Kind kind, String name) {
        DataSource ds = emptyDatabase(kind, name);
        Database.migrate(ds);
        return factoryOn(ds);
    }

    /** The application's persistence unit on {@code ds}, which must be migrated. */
    public static EntityManagerFactory factoryOn(DataSource ds) {
        Map<String, Object> props = new HashMap<>();
        props.put("jakarta.persistence.transactionType", "RESOURCE_LOCAL");
        props.put("jakarta.persistence.jtaDataSource", "");
        props.put("eclipselink.logging.level", "WARNING");
        props.put("eclipselink.target-server", "None");
        props.put("jakarta.persistence.nonJtaDataSource", ds);
        return Persistence.createEntityManagerFactory("jiebang", props);
    }

    /** A new database of this kind migrated up to and including version {@code target}, for a migration's test. */
    public static DataSource migratedTo(Kind kind, String name, String target) {
        DataSource ds = emptyDatabase(kind, name);
        Flyway.configure(Database.class.getClassLoader()).dataSource(ds).locations("classpath:db/migration")
                .placeholders(Database.placeholdersFor(ds)).target(target).load().migrate();
        return ds;
    }

    /** A new, empty database of this kind (a temporary H2 file, or a fresh MariaDB database), not migrated. */
    public static DataSource emptyDatabase(Kind kind, String name) {
        if (kind == Kind.H2) {
            try {
                Path dir = Files.createTempDirectory("jiebang-h2-");
                String url = "jdbc:h2:file:" + dir.resolve("db") + ";MODE=LEGACY;DB_CLOSE_DELAY=-1";
                JdbcDataSource ds = new JdbcDataSource();
                ds.setURL(url);
                ds.setUser("jiebang");
                ds.setPassword("test");
                return ds;
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
        }
        MariaDb.Database db = MariaDb.freshDatabase(name);
        MysqlDataSource ds = new MysqlDataSource();
        ds.setURL(db.url());
        ds.setUser(db.user());
        ds.setPassword(db.password());
        return ds;
    }
}
