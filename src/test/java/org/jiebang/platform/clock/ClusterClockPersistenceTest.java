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
}
