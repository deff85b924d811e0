package org.jiebang.opendata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import org.jiebang.bid.BidStatus;
import org.jiebang.challenge.Amendment;
import org.jiebang.challenge.Question;
import org.jiebang.contract.Contract;
import org.jiebang.contract.Payment;
import org.jiebang.outcome.Outcome;
import org.jiebang.platform.persistence.SqlCount;
import org.jiebang.review.AwardProposal;
import org.jiebang.review.PanelMember;
import org.jiebang.testing.MarketData;
import org.jiebang.testing.Rows;
import org.jiebang.testing.TestDatabases;
import org.jiebang.testing.TestDatabases.Kind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A trace's facts read in one statement, on H2 and MariaDB, equal the same facts read as entities
 * one kind at a time, for every challenge of a generated market (bids in every state, proposals,
 * contracts with milestones and outcomes) and for one given answered and unanswered questions,
 * amendments, a panel with a removed expert, and payments from the firm and from a voucher.
 */
class TraceFactsPersistenceTest {

    static final Instant NOW = Instant.parse("2026-11-25T04:00:00Z");

    @ParameterizedTest
    @EnumSource(Kind.class)
    void theFactsInOneStatementAreTheFactsReadOneKindAtATime(Kind kind) {
        EntityManagerFactory f = TestDatabases.migrated(kind, "jiebang_test_trace");
        try {
            long traced = TestDatabases.inTransaction(f, em -> {
                try {
                    Connection db = em.unwrap(Connection.class);
                    MarketData.write(db, 120, 3, 8, 5L, NOW);
                    return moreFacts(db);
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
            List<Long> ids = TestDatabases.inTransaction(f, em -> em.createQuery("SELECT c.id FROM Challenge c ORDER BY c.id",
                    Long.class).getResultList());
            assertTrue(ids.contains(traced));
            for (long id : ids) {
                TraceFacts.Facts expected = TestDatabases.inTransaction(f, em -> oneKindAtATime(em, id));
                SqlCount.open();
                try {
                    TraceFacts.Facts facts = TestDatabases.inTransaction(f, em -> TraceFacts.of(em, id));
                    assertEquals(1, SqlCount.statements().size());
                    assertEquals(expected, inTotalOrder(facts), "challenge " + id);
                } finally {
                    SqlCount.close();
                }
            }
            TraceFacts.Facts given = TestDatabases.inTransaction(f, em -> TraceFacts.of(em, traced));
            assertEquals(2, given.answers().size(), "answered questions only");
            assertEquals(List.of(0, 1), given.amendments().stream().map(TraceFacts.Amendment::number).toList(), "oldest first");
            assertEquals(2, given.panelSize(), "the active panel");
            assertEquals(List.of("VOUCHER", "DIRECT"), given.payments().values().iterator().next().stream()
                    .map(TraceFacts.Payment::source).toList(), "payments oldest first");
            assertTrue(given.milestones().values().stream().mapToInt(List::size).sum() > 0);
        } finally {
            f.close();
        }
    }

    /** Questions, amendments, a panel and payments for the first challenge with a signed contract; its id. */
    static long moreFacts(Connection db) throws SQLException {
        long contract = first(db, "SELECT MIN(id) FROM contract WHERE signed_at IS NOT NULL");
        long challenge = first(db, "SELECT challenge_id FROM contract WHERE id = " + contract);
        long milestone = first(db, "SELECT MIN(id) FROM contract_milestone WHERE contract_id = " + contract);
        long user = first(db, "SELECT MIN(id) FROM app_user");
        Rows.insert(db, "INSERT INTO challenge_question (challenge_id, asker_id, question, asked_at, answer, answered_at)"
                + " VALUES (?, ?, ?, ?, ?, ?)",
                new Object[] { challenge, user, "循环次数怎么计？", "2026-10-01 08:00:00", "按国标。", "2026-10-03 09:30:00.250000" },
                new Object[] { challenge, user, "样品何时寄出？", "2026-10-01 09:00:00", "下周。", "2026-10-02 10:00:00" },
                new Object[] { challenge, user, "还没有回答的问题", "2026-10-04 09:00:00", null, null });
        Rows.insert(db, "INSERT INTO challenge_amendment (challenge_id, number, at, author, reason, changes) VALUES (?, ?, ?, ?, ?, ?)",
                new Object[] { challenge, 1, "2026-10-06 08:00:00", "firm", "延期", "[]" },
                new Object[] { challenge, 0, "2026-10-05 08:00:00", "firm", "补充", "[]" });
        Rows.insert(db, "INSERT INTO panel_member (challenge_id, expert_id, status, chosen_by, added_at) VALUES (?, ?, ?, ?, ?)",
                new Object[] { challenge, user, "ACTIVE", "HAND", "2026-10-20 08:00:00" },
                new Object[] { challenge, user + 1, "REMOVED", "HAND", "2026-10-19 08:00:00" },
                new Object[] { challenge, user + 2, "ACTIVE", "DRAW", "2026-10-21 08:00:00" });
        Rows.insert(db, "INSERT INTO contract_payment (contract_id, milestone_id, amount, paid_at, recorded_by, source)"
                + " VALUES (?, ?, ?, ?, ?, ?)",
                new Object[] { contract, milestone, new java.math.BigDecimal("1000.50"), "2026-11-10 08:00:00", user, "DIRECT" },
                new Object[] { contract, milestone, new java.math.BigDecimal("20000.00"), "2026-11-09 08:00:00", user, "VOUCHER" });
        return challenge;
    }

    private static long first(Connection db, String sql) throws SQLException {
        try (var s = db.createStatement(); var r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    /** The facts as entities, each kind by its own query, as the trace read them before. */
    static TraceFacts.Facts oneKindAtATime(EntityManager em, long id) {
        List<Instant> answers = em.createQuery("SELECT q FROM Question q WHERE q.challengeId = :c AND q.answeredAt IS NOT NULL"
                + " ORDER BY q.answeredAt", Question.class).setParameter("c", id).getResultList().stream()
                .map(Question::getAnsweredAt).toList();
        List<TraceFacts.Amendment> amendments = em.createQuery("SELECT a FROM Amendment a WHERE a.challengeId = :c ORDER BY a.at",
                Amendment.class).setParameter("c", id).getResultList().stream()
                .map(a -> new TraceFacts.Amendment(a.getAt(), a.getNumber())).toList();
        long opened = em.createQuery("SELECT COUNT(b) FROM Bid b WHERE b.challenge.id = :c AND b.status IN :o", Long.class)
                .setParameter("c", id).setParameter("o", BidStatus.OPENED_STATES).getSingleResult();
        List<PanelMember> panel = em.createQuery("SELECT p FROM PanelMember p WHERE p.challengeId = :c AND p.status = :a",
                PanelMember.class).setParameter("c", id).setParameter("a", PanelMember.Status.ACTIVE).getResultList();
        List<TraceFacts.Proposal> proposals = em.createQuery("SELECT p FROM AwardProposal p WHERE p.challengeId = :c"
                + " ORDER BY p.proposedAt, p.id", AwardProposal.class).setParameter("c", id).getResultList().stream()
                .map(p -> new TraceFacts.Proposal(p.getProposedAt(), p.getFinalizedAt(), p.getStatus().name())).toList();
        Map<Long, List<TraceFacts.Milestone>> milestones = new HashMap<>();
        Map<Long, List<TraceFacts.Payment>> payments = new HashMap<>();
        Map<Long, List<TraceFacts.Outcome>> outcomes = new HashMap<>();
        for (Contract k : em.createQuery("SELECT k FROM Contract k WHERE k.challengeId = :c", Contract.class)
                .setParameter("c", id).getResultList()) {
            List<TraceFacts.Milestone> ms = k.getMilestones().stream().map(m -> new TraceFacts.Milestone(m.getTitle(),
                    m.getStatus().name(), m.getAcceptedAt(), m.getSubmittedAt())).toList();
            if (!ms.isEmpty()) {
                milestones.put(k.getId(), ms);
            }
            List<TraceFacts.Payment> ps = em.createQuery("SELECT p FROM Payment p WHERE p.contractId = :k ORDER BY p.paidAt, p.id",
                    Payment.class).setParameter("k", k.getId()).getResultList().stream()
                    .map(p -> new TraceFacts.Payment(p.getPaidAt(), p.getSource().name(), p.getAmount())).toList();
            if (!ps.isEmpty()) {
                payments.put(k.getId(), ps);
            }
            List<TraceFacts.Outcome> os = em.createQuery("SELECT o FROM Outcome o WHERE o.contractId = :k", Outcome.class)
                    .setParameter("k", k.getId()).getResultList().stream()
                    .map(o -> new TraceFacts.Outcome(o.getCreatedAt(), o.getTitle(), o.getApplicationNumber(), o.getType().name(),
                            o.getAmount(), Boolean.TRUE.equals(o.getConfirmed()), o.getDate()))
                    .sorted(TOTAL).toList();
            if (!os.isEmpty()) {
                outcomes.put(k.getId(), os);
            }
        }
        return new TraceFacts.Facts(answers, amendments, (int) opened,
                panel.stream().map(PanelMember::getAddedAt).min(Comparator.naturalOrder()).orElse(null), panel.size(), proposals,
                milestones, payments, outcomes);
    }

    /** Outcomes of one date and instant are in no given order: put in one to compare. */
    static final Comparator<TraceFacts.Outcome> TOTAL = Comparator.comparing(TraceFacts.Outcome::date)
            .thenComparing(TraceFacts.Outcome::createdAt).thenComparing(TraceFacts.Outcome::title);

    static TraceFacts.Facts inTotalOrder(TraceFacts.Facts f) {
        Map<Long, List<TraceFacts.Outcome>> outcomes = new HashMap<>();
        f.outcomes().forEach((k, v) -> {
            List<TraceFacts.Outcome> sorted = new ArrayList<>(v);
            sorted.sort(TOTAL);
            assertEquals(v.stream().map(TraceFacts.Outcome::date).toList(), sorted.stream().map(TraceFacts.Outcome::date).toList(),
                    "by date");
            outcomes.put(k, sorted);
        });
        return new TraceFacts.Facts(f.answers(), f.amendments(), f.openedBids(), f.panelFrom(), f.panelSize(), f.proposals(),
                f.milestones(), f.payments(), outcomes);
    }
}
