package org.jiebang.platform.clock;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
        clock.transactions = new Transactions(false);
        Instant read = clock.now();
        assertTrue(Duration.between(Instant.now().plusSeconds(90), read).abs().compareTo(Duration.ofSeconds(2)) < 0,
                "a reading takes the measured difference, with no query (this clock has no entity manager): " + read);
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aTransactionThatDecidesAsksTheDatabaseOnceAndThenCountsOnFromThere(Kind kind) {
        EntityManagerFactory factory = FACTORIES.computeIfAbsent(kind, k -> TestDatabases.migrated(k, "jiebang_test_clock"));
        ClusterClock clock = new ClusterClock();
        clock.databaseUrl = kind == Kind.MARIADB ? "jdbc:mysql://127.0.0.1/x" : "jdbc:h2:mem:x";
        // a database clock 90 s behind this node's would show if the node's own time were taken
        clock.measured(Instant.now().minusSeconds(90), Instant.now(), Instant.now());
        Instant[] first = new Instant[2];
        Instant[] second = new Instant[2];
        for (int t = 0; t < 2; t++) {
            int n = t;
            clock.transactions = new Transactions(true);
            org.jiebang.platform.persistence.SqlCount.open();
            try {
                TestDatabases.inTransaction(factory, em -> {
                    clock.em = em;
                    first[n] = clock.now();
                    try {
                        Thread.sleep(30); // at least 30 ms (a park may end early)
                    } catch (InterruptedException e) {
                        throw new IllegalStateException(e);
                    }
                    second[n] = clock.now();
                    return null;
                });
                assertEquals(1, org.jiebang.platform.persistence.SqlCount.statements().size(),
                        "asked once in each transaction: " + org.jiebang.platform.persistence.SqlCount.statements());
            } finally {
                org.jiebang.platform.persistence.SqlCount.close();
            }
            assertTrue(Duration.between(Instant.now(), first[n]).abs().compareTo(Duration.ofSeconds(2)) < 0,
                    "the database's time, not the measured difference of readings: " + first[n]);
            long moved = Duration.between(first[n], second[n]).toMillis();
            assertTrue(moved >= 29 && moved < 2000, "later in the transaction, that time moved on as the node's did: " + moved);
            assertEquals(0, second[n].getNano() % 1000, "to the microsecond, as the database keeps it: " + second[n]);
        }
    }

    /** Outside any transaction (what a reading sees), or inside one that may write (what a decision sees). */
    static final class Transactions implements jakarta.transaction.TransactionSynchronizationRegistry {
        private final Map<Object, Object> resources = new java.util.HashMap<>();
        private final Object key;

        Transactions(boolean inOne) {
            key = inOne ? new Object() : null;
        }

        @Override
        public Object getTransactionKey() {
            return key;
        }

        @Override
        public void putResource(Object k, Object value) {
            if (key == null) {
                throw new IllegalStateException("no transaction");
            }
            resources.put(k, value);
        }

        @Override
        public Object getResource(Object k) {
            return resources.get(k);
        }

        @Override
        public void registerInterposedSynchronization(jakarta.transaction.Synchronization sync) {
            throw new IllegalStateException();
        }

        @Override
        public int getTransactionStatus() {
            return key == null ? jakarta.transaction.Status.STATUS_NO_TRANSACTION : jakarta.transaction.Status.STATUS_ACTIVE;
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
