package org.jiebang.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import org.jiebang.platform.i18n.Wording;
import org.jiebang.platform.notify.MailSettings;
import org.jiebang.platform.notify.Notification;
import org.jiebang.platform.notify.Notifications;
import org.jiebang.platform.persistence.SqlCount;
import org.jiebang.testing.Registrations;
import org.jiebang.testing.TestDatabases;
import org.jiebang.testing.TestDatabases.Kind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Notifications to many, on H2 and MariaDB: every member of the organizations named, the staff
 * when asked, each once, in one insert after one read, with the rows a notification written one by one has
 * (both texts cut at 500 characters, the mail outbox's state); to listed users, each once.
 */
class NotifyMembersPersistenceTest {

    private static final Instant NOW = Instant.parse("2026-11-27T02:00:00.123456Z");

    record Market(long firm, long lab, List<Long> firmMembers, long labMember, long staff, long outsider) {
    }

    private static Market aMarket(EntityManager em) {
        Organization firm = TestDatabases.anOrganization("通知测试企业", Registrations.freshUscc());
        Organization lab = TestDatabases.anOrganization("通知测试研究院", Registrations.freshUscc());
        Organization other = TestDatabases.anOrganization("无关单位", Registrations.freshUscc());
        em.persist(firm);
        em.persist(lab);
        em.persist(other);
        List<Long> firmMembers = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            firmMembers.add(user(em, firm, EnumSet.of(Role.ENTERPRISE)));
        }
        long labMember = user(em, lab, EnumSet.of(Role.RESEARCHER, Role.EXPERT)); // two roles: still once
        long staff = user(em, null, EnumSet.of(Role.STAFF));
        long outsider = user(em, other, EnumSet.of(Role.RESEARCHER));
        em.flush();
        return new Market(firm.getId(), lab.getId(), firmMembers, labMember, staff, outsider);
    }

    private static long user(EntityManager em, Organization org, Set<Role> roles) {
        User u = TestDatabases.anAccount(Registrations.freshUsername("notify"), org, roles);
        em.persist(u);
        em.flush();
        return u.getId();
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void membersAndStaffAreEachNotifiedOnceInOneStatement(Kind kind) {
        EntityManagerFactory f = TestDatabases.migrated(kind, "jiebang_test_notify");
        try {
            String longZh = "合同".repeat(300);
            Market m = TestDatabases.inTransaction(f, em -> {
                Market market = aMarket(em);
                AccountService accounts = new AccountService();
                accounts.em = em;
                accounts.notifications = new Notifications(em, Clock.fixed(NOW, ZoneOffset.UTC),
                        new MailSettings("127.0.0.1", 25, "noreply@jiebang.test", "http://localhost"));
                SqlCount.open();
                try {
                    accounts.notifyMembers(List.of(market.firm(), market.lab(), market.firm()), true, "CONTRACT_CHANGED", 42L,
                            new Wording(longZh, "The contract changed."), "/contract/view?id=42");
                    // who they are by a plain read (an insert selecting them would lock them), then one insert
                    assertEquals(2, SqlCount.statements().size(), "two statements: " + SqlCount.statements());
                    assertTrue(SqlCount.statements().get(1).startsWith("INSERT"), SqlCount.statements().get(1));
                } finally {
                    SqlCount.close();
                }
                return market;
            });
            List<Notification> rows = TestDatabases.inTransaction(f, em -> em.createQuery("SELECT n FROM Notification n"
                    + " WHERE n.subjectId = 42 AND n.kind = 'CONTRACT_CHANGED' ORDER BY n.userId", Notification.class).getResultList());
            List<Long> expected = new ArrayList<>(m.firmMembers());
            expected.add(m.labMember());
            expected.add(m.staff());
            assertEquals(expected.stream().sorted().toList(), rows.stream().map(Notification::getUserId).toList(),
                    "each member of the two organizations and the staff once; no one else");
            for (Notification n : rows) {
                assertEquals(500, n.getTextZh().length(), "cut as one written alone is");
                assertEquals(longZh.substring(0, 499) + "…", n.getTextZh());
                assertEquals("The contract changed.", n.getTextEn());
                assertEquals("/contract/view?id=42", n.getLink());
                assertEquals(NOW, n.getCreatedAt());
                assertNull(n.getReadAt());
                assertEquals(Notification.MailState.PENDING, n.getMailState());
                assertEquals(NOW, n.getMailDueAt());
            }

            // listed users, each once, mail off, no subject
            TestDatabases.inTransaction(f, em -> {
                Notifications notifications = new Notifications(em, Clock.fixed(NOW, ZoneOffset.UTC),
                        new MailSettings(null, 25, "noreply@jiebang.test", "http://localhost"));
                SqlCount.open();
                try {
                    notifications.notify(List.of(m.outsider(), m.staff(), m.outsider()), "OTHER", null, new Wording("你好", "Hello"),
                            null);
                    assertEquals(1, SqlCount.statements().size(), "one statement: " + SqlCount.statements());
                } finally {
                    SqlCount.close();
                }
                return null;
            });
            List<Notification> listed = TestDatabases.inTransaction(f, em -> em.createQuery("SELECT n FROM Notification n"
                    + " WHERE n.kind = 'OTHER' ORDER BY n.userId", Notification.class).getResultList());
            assertEquals(List.of(Math.min(m.outsider(), m.staff()), Math.max(m.outsider(), m.staff())),
                    listed.stream().map(Notification::getUserId).toList());
            assertNull(listed.get(0).getSubjectId());
            assertNull(listed.get(0).getLink());
            assertEquals(Notification.MailState.NONE, listed.get(0).getMailState());
            assertNull(listed.get(0).getMailDueAt());
        } finally {
            f.close();
        }
    }
}
