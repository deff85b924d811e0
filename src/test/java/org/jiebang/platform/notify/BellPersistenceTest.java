package org.jiebang.platform.notify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.persistence.EntityManagerFactory;

import org.jiebang.account.AccountReads;
import org.jiebang.account.Role;
import org.jiebang.account.User;
import org.jiebang.platform.persistence.SqlCount;
import org.jiebang.testing.TestDatabases;
import org.jiebang.testing.TestDatabases.Kind;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The bell's count comes with the caller's account, in the same statement, on H2 and MariaDB. */
class BellPersistenceTest {

    private static final Map<Kind, EntityManagerFactory> FACTORIES = new ConcurrentHashMap<>();

    private static EntityManagerFactory factory(Kind kind) {
        return FACTORIES.computeIfAbsent(kind, k -> TestDatabases.migrated(k, "jiebang_test_bell"));
    }

    @AfterAll
    static void close() {
        FACTORIES.values().forEach(EntityManagerFactory::close);
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void anAccountIsReadWithItsUnreadNotificationsInOneStatement(Kind kind) {
        String username = "bell" + System.nanoTime();
        String other = "other" + System.nanoTime();
        long id = TestDatabases.inTransaction(factory(kind), em -> {
            User user = TestDatabases.anAccount(username, null, EnumSet.of(Role.STAFF, Role.ADMIN));
            User someoneElse = TestDatabases.anAccount(other, null, EnumSet.of(Role.EXPERT));
            em.persist(user);
            em.persist(someoneElse);
            em.flush();
            Instant now = Instant.now();
            for (int i = 0; i < 3; i++) {
                em.persist(new Notification(user.getId(), "TEST", null, "第" + i + "条", "No. " + i, null, now, false));
            }
            em.persist(new Notification(someoneElse.getId(), "TEST", null, "别人的", "someone else's", null, now, false));
            return user.getId();
        });
        TestDatabases.inTransaction(factory(kind), em -> {
            long first = em.createQuery("SELECT MIN(n.id) FROM Notification n WHERE n.userId = :u", Long.class)
                    .setParameter("u", id).getSingleResult();
            return em.createNativeQuery("UPDATE notification SET read_at = CURRENT_TIMESTAMP WHERE id = ?")
                    .setParameter(1, first).executeUpdate();
        });
        SqlCount.open();
        try {
            AccountReads.Counted read = TestDatabases.inTransaction(factory(kind),
                    em -> AccountReads.byNameCounting(em, username).orElseThrow());
            assertEquals(1, SqlCount.sofar(), SqlCount.statements().toString());
            assertEquals(2, read.unread(), "three notifications, one read, and someone else's not counted");
            assertEquals(EnumSet.of(Role.STAFF, Role.ADMIN), read.user().getRoles());
            assertEquals(1, SqlCount.sofar(), "the roles came with the account: " + SqlCount.statements());
            assertEquals(1, TestDatabases.inTransaction(factory(kind),
                    em -> AccountReads.byNameCounting(em, other).orElseThrow()).unread());
            assertTrue(TestDatabases.inTransaction(factory(kind),
                    em -> AccountReads.byNameCounting(em, "nobody" + System.nanoTime())).isEmpty());
        } finally {
            SqlCount.close();
        }
    }
}
