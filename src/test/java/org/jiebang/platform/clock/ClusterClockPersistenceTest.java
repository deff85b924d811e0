package org.jiebang.platform.clock;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.persistence.EntityManagerFactory;

import org.jiebang.testing.TestDatabases;
import org.jiebang.testing.TestDatabases.Kind;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The cluster's clock is the database's, in UTC to the microsecond, on H2 and MariaDB alike: both
 * databases run on this machine, so their time lies within moments of this JVM's.
 */
class ClusterClockPersistenceTest {

    private static final Map<Kind, EntityManagerFactory> FACTORIES = new ConcurrentHashMap<>();

    @AfterAll
    static void close() {
        FACTORIES.values().forEach(EntityManagerFactory::close);
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void theDatabaseTellsTheTimeInUtcWithMicroseconds(Kind kind) {
        EntityManagerFactory factory = FACTORIES.computeIfAbsent(kind, k -> TestDatabases.migrated(k, "jiebang_test_clock"));
        Instant before = Instant.now();
        Instant first = TestDatabases.inTransaction(factory, em -> ClusterClock.now(em, kind == Kind.MARIADB));
        Instant second = TestDatabases.inTransaction(factory, em -> ClusterClock.now(em, kind == Kind.MARIADB));
        Instant after = Instant.now();
        assertTrue(Duration.between(before, first).abs().compareTo(Duration.ofSeconds(2)) < 0,
                "the database's time " + first + " is this machine's time " + before + " (same machine), in UTC");
        assertTrue(!first.isAfter(second) && !second.isAfter(after.plusSeconds(2)), first + " then " + second);
        assertTrue(first.getNano() % 1000 == 0, "microseconds: " + first);
        assertTrue(first.getNano() != 0 || second.getNano() != 0, "finer than seconds: " + first + ", " + second);
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aSessionInAnotherTimeZoneTellsTheSameInstant(Kind kind) {
        EntityManagerFactory factory = FACTORIES.computeIfAbsent(kind, k -> TestDatabases.migrated(k, "jiebang_test_clock"));
        Instant before = Instant.now();
        Instant shanghai = TestDatabases.inTransaction(factory, em -> {
            em.createNativeQuery(kind == Kind.MARIADB ? "SET time_zone = '+08:00'" : "SET TIME ZONE 'Asia/Shanghai'")
                    .executeUpdate();
            return ClusterClock.now(em, kind == Kind.MARIADB);
        });
        assertTrue(Duration.between(before, shanghai).abs().compareTo(Duration.ofSeconds(2)) < 0,
                "a server in Beijing time still gets the instant, not one 8 hours off: " + shanghai + " vs " + before);
    }
    @ParameterizedTest
    @EnumSource(Kind.class)
    void theChangeLogsPollReadsTheClockTooAndReadingsThenAskNothing(Kind kind) {
        EntityManagerFactory factory = FACTORIES.computeIfAbsent(kind, k -> TestDatabases.migrated(k, "jiebang_test_clock"));
        Instant before = Instant.now();
        Object[] polled = TestDatabases.inTransaction(factory, em -> (Object[]) em.createNativeQuery("SELECT MAX(seq), "
                + ClusterClock.nowInMicros(kind == Kind.MARIADB) + " FROM page_change").getSingleResult());
        Instant after = Instant.now();
        Instant database = ClusterClock.fromMicros(((Number) polled[1]).longValue());
        assertTrue(Duration.between(before, database).abs().compareTo(Duration.ofSeconds(2)) < 0,
                "the poll's statement reads the database's time in UTC: " + database + " vs " + before);

        ClusterClock clock = new ClusterClock();
        clock.measured(database.plusSeconds(90), before, after); // a database clock 90 s ahead of this node's
        clock.transactions = new NoTransaction();
        Instant read = clock.now();
        assertTrue(Duration.between(Instant.now().plusSeconds(90), read).abs().compareTo(Duration.ofSeconds(2)) < 0,
                "a reading takes the measured difference, with no query (this clock has no entity manager): " + read);
    }

    /** Outside any transaction: what a reading sees. */
    static final class NoTransaction implements jakarta.transaction.TransactionSynchronizationRegistry {
        @Override
        public Object getTransactionKey() {
            return null;
        }

        @Override
        public void putResource(Object key, Object value) {
            throw new IllegalStateException();
        }

        @Override
        public Object getResource(Object key) {
            return null;
        }

        @Override
        public void registerInterposedSynchronization(jakarta.transaction.Synchronization sync) {
            throw new IllegalStateException();
        }

        @Override
        public int getTransactionStatus() {
            return jakarta.transaction.Status.STATUS_NO_TRANSACTION;
        }

        @Override
        public void setRollbackOnly() {
            throw new IllegalStateException();
        }

        @Override
        public boolean getRollbackOnly() {
            return false;
        }
    }
}
