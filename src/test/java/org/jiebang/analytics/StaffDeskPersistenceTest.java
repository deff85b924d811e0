package org.jiebang.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import org.jiebang.platform.persistence.SqlCount;
import org.jiebang.testing.MarketData;
import org.jiebang.testing.Rows;
import org.jiebang.testing.TestDatabases;
import org.jiebang.testing.TestDatabases.Kind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The staff's queue, on H2 and MariaDB, over a generated market with work waiting of every kind
 * and as much already done: each figure counts what waits and nothing else (a pending organization
 * but not a verified one, a notice running but not a final award, an open objection but not an
 * upheld one, a signed contract not registered, a milestone past its due date on a signed
 * contract but not an accepted one nor one due today, a pending redemption), in one statement.
 */
class StaffDeskPersistenceTest {

    static final Instant NOW = Instant.parse("2026-11-25T04:00:00Z");

    @ParameterizedTest
    @EnumSource(Kind.class)
    void theQueueCountsWhatWaitsInOneStatement(Kind kind) {
        EntityManagerFactory f = TestDatabases.migrated(kind, "jiebang_test_desk");
        try {
            StaffDesk.Queue before = TestDatabases.inTransaction(f, em -> {
                write(em, db -> MarketData.write(db, 240, 4, 12, 11L, NOW));
                return countedOneByOne(em);
            });
            TestDatabases.inTransaction(f, em -> write(em, StaffDeskPersistenceTest::waitingWork));
            StaffDesk.Queue expected = TestDatabases.inTransaction(f, StaffDeskPersistenceTest::countedOneByOne);
            SqlCount.open();
            StaffDesk.Queue queue;
            try {
                queue = TestDatabases.inTransaction(f, em -> {
                    StaffDesk desk = new StaffDesk();
                    desk.em = em;
                    desk.clock = Clock.fixed(NOW, ZoneOffset.UTC);
                    return desk.queue();
                });
                assertEquals(1, SqlCount.statements().size(), "one statement: " + SqlCount.statements());
            } finally {
                SqlCount.close();
            }
            assertEquals(expected, queue);
            assertEquals(new StaffDesk.Queue(before.organizations() + 2, before.challenges(), before.notices() + 2,
                    before.objections() + 3, before.registrations(), expected.overdueMilestones(), before.redemptions() + 2),
                    queue, "what was written here to wait");
            assertTrue(queue.challenges() > 0 && queue.registrations() > 0 && queue.overdueMilestones() > 0,
                    "the generated market has challenges to vet, contracts to register and milestones overdue: " + queue);
        } finally {
            f.close();
        }
    }

    /**
     * Two organizations to verify, two notices running (and one final), three open objections (and
     * one upheld), two pending redemptions (and one approved), and a milestone of a signed contract
     * due today (not yet overdue).
     */
    static Object waitingWork(Connection db) throws SQLException {
        update(db, "UPDATE organization SET status = 'PENDING', verified_at = NULL WHERE id IN"
                + " (SELECT id FROM (SELECT id FROM organization ORDER BY id DESC LIMIT 2) o)");
        long challenge = first(db, "SELECT MIN(id) FROM challenge");
        long bid = first(db, "SELECT MIN(id) FROM bid");
        long user = first(db, "SELECT MIN(id) FROM app_user");
        long[] proposals = new long[3];
        String[] states = { "NOTICE", "NOTICE", "FINAL" };
        for (int i = 0; i < 3; i++) {
            proposals[i] = Rows.insert(db, "INSERT INTO award_proposal (challenge_id, proposed_at, proposed_by, follows_ranking,"
                    + " notice_ends_at, status, bid_ids) VALUES (" + challenge + ", " + Rows.AT + ", 'staff', TRUE, " + Rows.AT
                    + ", '" + states[i] + "', '[" + bid + "]')");
        }
        for (String status : List.of("OPEN", "OPEN", "OPEN", "UPHELD")) {
            Rows.insert(db, "INSERT INTO objection (challenge_id, proposal_id, bid_id, objector_id, reason, lodged_at, status)"
                    + " VALUES (" + challenge + ", " + proposals[0] + ", " + bid + ", " + user + ", '理由', " + Rows.AT + ", '"
                    + status + "')");
        }
        long contract = first(db, "SELECT MIN(id) FROM contract");
        long milestone = first(db, "SELECT MIN(id) FROM contract_milestone WHERE contract_id = " + contract);
        long organization = first(db, "SELECT MIN(id) FROM organization");
        long voucher = Rows.insert(db, "INSERT INTO voucher (version, created_at, updated_at, organization_id, amount, region,"
                + " valid_from, valid_to, issued_by, accepted_regions) VALUES (0, " + Rows.AT + ", " + Rows.AT + ", " + organization
                + ", 100000.00, '330000', '2026-01-01', '2027-12-31', 'staff', '[]')");
        for (String status : List.of("PENDING", "PENDING", "APPROVED")) {
            Rows.insert(db, "INSERT INTO voucher_redemption (version, created_at, updated_at, voucher_id, contract_id, milestone_id,"
                    + " amount, status, requested_by, requested_at) VALUES (0, " + Rows.AT + ", " + Rows.AT + ", " + voucher + ", "
                    + contract + ", " + milestone + ", 1000.00, '" + status + "', " + user + ", " + Rows.AT + ")");
        }
        String today = LocalDate.ofInstant(NOW, ZoneId.of("Asia/Shanghai")).toString();
        update(db, "UPDATE contract_milestone SET due_date = '" + today + "', status = 'PLANNED', accepted_at = NULL"
                + " WHERE id = (SELECT m FROM (SELECT MIN(x.id) AS m FROM contract_milestone x JOIN contract k"
                + " ON k.id = x.contract_id WHERE k.status = 'SIGNED') y)");
        return null;
    }

    interface Work {
        Object on(Connection db) throws SQLException;
    }

    private static Object write(EntityManager em, Work work) {
        try {
            return work.on(em.unwrap(Connection.class));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void update(Connection db, String sql) throws SQLException {
        try (var s = db.createStatement()) {
            assertTrue(s.executeUpdate(sql) > 0, sql);
        }
    }

    private static long first(Connection db, String sql) throws SQLException {
        try (var s = db.createStatement(); var r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    /** The queue as seven JPQL counts, each written as the rule reads. */
    static StaffDesk.Queue countedOneByOne(EntityManager em) {
        LocalDate today = LocalDate.ofInstant(NOW, ZoneId.of("Asia/Shanghai"));
        return new StaffDesk.Queue(
                count(em, "SELECT COUNT(o) FROM Organization o WHERE o.status = org.jiebang.account.VerificationStatus.PENDING"),
                count(em, "SELECT COUNT(c) FROM Challenge c WHERE c.status = org.jiebang.challenge.ChallengeStatus.PENDING_REVIEW"),
                count(em, "SELECT COUNT(p) FROM AwardProposal p WHERE p.status = org.jiebang.review.AwardProposal.Status.NOTICE"),
                count(em, "SELECT COUNT(o) FROM Objection o WHERE o.status = org.jiebang.review.Objection.Status.OPEN"),
                count(em, "SELECT COUNT(k) FROM Contract k WHERE k.status = org.jiebang.contract.ContractStatus.SIGNED"
                        + " AND k.registrationNumber IS NULL"),
                em.createQuery("SELECT COUNT(m) FROM Milestone m WHERE m.contract.status = org.jiebang.contract.ContractStatus.SIGNED"
                        + " AND m.status <> org.jiebang.contract.MilestoneStatus.ACCEPTED AND m.dueDate < :today", Long.class)
                        .setParameter("today", today).getSingleResult(),
                count(em, "SELECT COUNT(r) FROM Redemption r WHERE r.status = org.jiebang.voucher.Redemption.Status.PENDING"));
    }

    private static long count(EntityManager em, String jpql) {
        return em.createQuery(jpql, Long.class).getSingleResult();
    }
}
