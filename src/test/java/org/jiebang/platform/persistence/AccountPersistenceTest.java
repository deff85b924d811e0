package org.jiebang.platform.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Function;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceException;

import org.jiebang.account.AccountReads;
import org.jiebang.account.Organization;
import org.jiebang.account.Role;
import org.jiebang.account.User;
import org.jiebang.account.UserForm;
import org.jiebang.account.Uscc;
import org.jiebang.testing.TestDatabases;
import org.jiebang.testing.TestDatabases.Kind;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The account tables as migrated by sql/, on H2 and on MariaDB through MySQL Connector/J. */
class AccountPersistenceTest {

    private static final Map<Kind, EntityManagerFactory> FACTORIES = new ConcurrentHashMap<>();
    private static int sequence;

    static EntityManagerFactory factory(Kind kind) {
        return FACTORIES.computeIfAbsent(kind, k -> TestDatabases.migrated(k, "jiebang_test_accounts"));
    }

    @AfterAll
    static void close() {
        FACTORIES.values().forEach(EntityManagerFactory::close);
    }

    static <T> T inTransaction(Kind kind, Function<EntityManager, T> work) {
        return TestDatabases.inTransaction(factory(kind), work);
    }

    static void run(Kind kind, Consumer<EntityManager> work) {
        inTransaction(kind, (EntityManager em) -> {
            work.accept(em);
            return null;
        });
    }

    static synchronized String freshUscc() {
        String base = String.format("9133040%010d", ++sequence + System.nanoTime() % 1_000_000_000L);
        return base + Uscc.checkCharacterOf(base);
    }

    static Organization anOrganization(String name, String uscc) {
        return TestDatabases.anOrganization(name, uscc);
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void chineseTextAndEmojiRoundTrip(Kind kind) {
        String name = "长三角先进材料研究院 🔬 第" + System.nanoTime() + "号";
        Long id = inTransaction(kind, em -> {
            Organization org = anOrganization(name, freshUscc());
            em.persist(org);
            em.flush();
            return org.getId();
        });
        Organization read = inTransaction(kind, em -> em.find(Organization.class, id));
        assertEquals(name, read.getName());
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void oneOrganizationPerCreditCode(Kind kind) {
        String uscc = freshUscc();
        run(kind, em -> em.persist(anOrganization("甲", uscc)));
        assertThrows(PersistenceException.class, () -> run(kind, em -> {
            em.persist(anOrganization("乙", uscc));
            em.flush();
        }));
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void timesAreStoredAsUtcAndReadBackExactly(Kind kind) {
        Instant verifiedAt = Instant.parse("2026-03-08T01:59:59.123456Z");
        Long id = inTransaction(kind, em -> {
            Organization org = anOrganization("时间测试", freshUscc());
            org.verify(verifiedAt);
            em.persist(org);
            em.flush();
            return org.getId();
        });
        assertEquals(verifiedAt, inTransaction(kind, em -> em.find(Organization.class, id)).getVerifiedAt());
        Object stored = inTransaction(kind, em -> em.createNativeQuery(
                "SELECT CAST(verified_at AS CHAR(26)) FROM organization WHERE id = " + id).getSingleResult());
        assertTrue(stored.toString().startsWith("2026-03-08 01:59:59.123456"), stored.toString());
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void usersKeepTheirRolesAndOrganization(Kind kind) {
        String username = "u" + System.nanoTime();
        Long orgId = inTransaction(kind, em -> {
            Organization org = anOrganization("角色测试", freshUscc());
            em.persist(org);
            UserForm form = new UserForm();
            form.setUsername(username);
            form.setDisplayName("刘静");
            form.setEmail("liu@example.cn");
            em.persist(new User(form, "PBKDF2WithHmacSHA256:600000:x:y", org, EnumSet.of(Role.RESEARCHER, Role.EXPERT)));
            em.flush();
            return org.getId();
        });
        User user = inTransaction(kind, em -> em.createQuery(
                "SELECT u FROM User u JOIN FETCH u.organization WHERE u.username = :n", User.class)
                .setParameter("n", username).getSingleResult());
        assertEquals(EnumSet.of(Role.RESEARCHER, Role.EXPERT), user.getRoles());
        assertEquals(orgId, user.getOrganization().getId());
        assertNotNull(user.getCreatedAt());
        assertFalse(user.getRoles().contains(Role.ADMIN));
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void anAccountIsReadWithItsRolesAndOrganizationInOneStatement(Kind kind) {
        String username = "one" + System.nanoTime();
        String staff = "staff" + System.nanoTime();
        long id = inTransaction(kind, em -> {
            Organization org = anOrganization("一次读取研究院", freshUscc());
            em.persist(org);
            User user = TestDatabases.anAccount(username, org, EnumSet.of(Role.RESEARCHER, Role.EXPERT, Role.ENTERPRISE));
            em.persist(user);
            em.persist(TestDatabases.anAccount(staff, null, EnumSet.of(Role.STAFF)));
            em.flush();
            return user.getId();
        });
        SqlCount.open();
        try {
            User byName = inTransaction(kind, em -> AccountReads.byName(em, username).orElseThrow());
            assertEquals(1, SqlCount.sofar(), SqlCount.statements().toString());
            assertEquals(EnumSet.of(Role.RESEARCHER, Role.EXPERT, Role.ENTERPRISE), byName.getRoles());
            assertEquals("一次读取研究院", byName.getOrganization().getName());

            SqlCount.close();
            SqlCount.open();
            User byId = inTransaction(kind, em -> {
                User first = AccountReads.byId(em, id).orElseThrow();
                assertEquals(1, SqlCount.sofar(), SqlCount.statements().toString());
                assertSame(first, AccountReads.byId(em, id).orElseThrow(), "the persistence context's own");
                assertSame(first, AccountReads.byName(em, username).orElseThrow());
                return first;
            });
            assertEquals(2, SqlCount.sofar(), "a second read by id is answered by the persistence context: "
                    + SqlCount.statements());
            assertEquals(EnumSet.of(Role.RESEARCHER, Role.EXPERT, Role.ENTERPRISE), byId.getRoles());
            assertEquals("一次读取研究院", byId.getOrganization().getName());

            SqlCount.close();
            SqlCount.open();
            User noOrganization = inTransaction(kind, em -> AccountReads.byName(em, staff).orElseThrow());
            assertEquals(1, SqlCount.sofar(), SqlCount.statements().toString());
            assertEquals(EnumSet.of(Role.STAFF), noOrganization.getRoles());
            assertEquals(null, noOrganization.getOrganization());
            assertTrue(inTransaction(kind, em -> AccountReads.byName(em, "nobody" + System.nanoTime())).isEmpty());
            assertTrue(inTransaction(kind, em -> AccountReads.byId(em, -1)).isEmpty());
        } finally {
            SqlCount.close();
        }
    }
}
