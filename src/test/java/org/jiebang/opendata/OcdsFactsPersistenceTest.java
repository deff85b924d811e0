package org.jiebang.opendata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
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
import org.jiebang.platform.persistence.SqlCount;
import org.jiebang.review.AwardProposal;
import org.jiebang.review.Objection;
import org.jiebang.testing.MarketData;
import org.jiebang.testing.Rows;
import org.jiebang.testing.TestDatabases;
import org.jiebang.testing.TestDatabases.Kind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The facts OCDS releases are made of, read for a batch of challenges in one statement, on H2 and
 * MariaDB, equal the same facts read as entities one kind at a time: for every challenge of a
 * generated market and one given amendments with their history (a long CJK text), answered and
 * unanswered questions, an upheld and a dismissed objection, and payments from a voucher and the
 * firm (only the voucher's is public).
 */
class OcdsFactsPersistenceTest {

    @ParameterizedTest
    @EnumSource(Kind.class)
    void theFactsOfABatchInOneStatementAreTheFactsReadOneKindAtATime(Kind kind) {
        EntityManagerFactory f = TestDatabases.migrated(kind, "jiebang_test_ocds");
        try {
            long given = TestDatabases.inTransaction(f, em -> {
                try {
                    Connection db = em.unwrap(Connection.class);
                    MarketData.write(db, 120, 3, 8, 9L, TraceFactsPersistenceTest.NOW);
                    long challenge = TraceFactsPersistenceTest.moreFacts(db);
                    moreFacts(db, challenge);
                    return challenge;
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
            List<Long> ids = TestDatabases.inTransaction(f, em -> em.createQuery("SELECT c.id FROM Challenge c ORDER BY c.id",
                    Long.class).getResultList());
            Map<Long, OcdsFacts.Facts> expected = TestDatabases.inTransaction(f, em -> {
                Map<Long, OcdsFacts.Facts> all = new HashMap<>();
                ids.forEach(id -> all.put(id, oneKindAtATime(em, id)));
                return all;
            });
            SqlCount.open();
            Map<Long, OcdsFacts.Facts> facts;
            try {
                facts = TestDatabases.inTransaction(f, em -> OcdsFacts.of(em, ids));
                assertEquals(1, SqlCount.statements().size(), "one statement for " + ids.size() + " challenges");
            } finally {
                SqlCount.close();
            }
            assertEquals(expected.keySet(), facts.keySet());
            ids.forEach(id -> assertEquals(expected.get(id), facts.get(id), "challenge " + id));

            OcdsFacts.Facts g = facts.get(given);
            assertEquals(2, g.amendments().size());
            assertEquals(LONG_HISTORY, g.amendments().get(0).changes(), "a long history read whole");
            assertEquals(2, g.answers().size());
            assertEquals(1, g.withdrawals().size(), "the upheld objection only");
            assertEquals(1, g.voucherPayments().values().stream().mapToInt(List::size).sum(), "the voucher's payment only");
            assertTrue(facts.values().stream().anyMatch(x -> x.contracts().stream().anyMatch(k -> !k.milestones().isEmpty())),
                    "the market has accepted milestones");
            assertTrue(facts.values().stream().anyMatch(x -> !x.proposals().isEmpty() && x.openedBids() > 0));
        } finally {
            f.close();
        }
    }

    static final String LONG_HISTORY = "{\"summary\":[\"" + "旧的摘要，".repeat(400) + "\",\"新的摘要\"]}";

    /** A long amendment history and two objections, one upheld, on the given challenge's first proposal. */
    static void moreFacts(Connection db, long challenge) throws SQLException {
        try (var s = db.createStatement()) {
            s.executeUpdate("UPDATE challenge_amendment SET changes = '" + LONG_HISTORY + "' WHERE challenge_id = " + challenge
                    + " AND number = 0");
        }
        long user;
        long bid;
        try (var s = db.createStatement(); var r = s.executeQuery("SELECT MIN(id) FROM app_user")) {
            r.next();
            user = r.getLong(1);
        }
        try (var s = db.createStatement(); var r = s.executeQuery("SELECT MIN(id) FROM bid WHERE challenge_id = " + challenge)) {
            r.next();
            bid = r.getLong(1);
        }
        long proposal = Rows.insert(db, "INSERT INTO award_proposal (challenge_id, proposed_at, proposed_by, follows_ranking,"
                + " notice_ends_at, status, bid_ids) VALUES (" + challenge + ", '2026-10-25 08:00:00', 'staff', TRUE,"
                + " '2026-11-01 08:00:00', 'WITHDRAWN', '[" + bid + "]')");
        Rows.insert(db, "INSERT INTO objection (challenge_id, proposal_id, bid_id, objector_id, reason, lodged_at, status,"
                + " resolved_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                new Object[] { challenge, proposal, bid, user, "理由一", "2026-10-26 08:00:00", "UPHELD", "2026-10-28 08:00:00" },
                new Object[] { challenge, proposal, bid, user, "理由二", "2026-10-26 09:00:00", "DISMISSED", "2026-10-27 08:00:00" });
    }

    /** The facts as entities, each kind by its own query, as the releases read them before. */
    static OcdsFacts.Facts oneKindAtATime(EntityManager em, long id) {
        List<OcdsFacts.Amendment> amendments = em.createQuery("SELECT a FROM Amendment a WHERE a.challengeId = :c"
                + " ORDER BY a.at, a.number", Amendment.class).setParameter("c", id).getResultList().stream()
                .map(a -> new OcdsFacts.Amendment(a.getNumber(), a.getAt(), a.getOldDeadline(), a.getReason(), a.getChanges()))
                .toList();
        List<Instant> answers = em.createQuery("SELECT q FROM Question q WHERE q.challengeId = :c AND q.answeredAt IS NOT NULL"
                + " ORDER BY q.answeredAt", Question.class).setParameter("c", id).getResultList().stream()
                .map(Question::getAnsweredAt).toList();
        long opened = em.createQuery("SELECT COUNT(b) FROM Bid b WHERE b.challenge.id = :c AND b.status IN :o", Long.class)
                .setParameter("c", id).setParameter("o", BidStatus.OPENED_STATES).getSingleResult();
        List<OcdsFacts.Proposal> proposals = em.createQuery("SELECT p FROM AwardProposal p WHERE p.challengeId = :c"
                + " ORDER BY p.proposedAt, p.id", AwardProposal.class).setParameter("c", id).getResultList().stream()
                .map(p -> new OcdsFacts.Proposal(p.getId(), p.getProposedAt(), p.getFinalizedAt(), p.getStatus().name(),
                        p.bidIdsInOrder())).toList();
        Map<Long, Instant> withdrawals = new HashMap<>();
        em.createQuery("SELECT o FROM Objection o WHERE o.challengeId = :c AND o.status = :u", Objection.class)
                .setParameter("c", id).setParameter("u", Objection.Status.UPHELD).getResultList()
                .forEach(o -> withdrawals.merge(o.getProposalId(), o.getResolvedAt(), (a, b) -> a.isBefore(b) ? a : b));
        Map<Long, List<OcdsFacts.Payment>> payments = new HashMap<>();
        List<OcdsFacts.Contract> contracts = em.createQuery("SELECT k FROM Contract k WHERE k.challengeId = :c"
                + " AND k.signedAt IS NOT NULL ORDER BY k.id", Contract.class).setParameter("c", id).getResultList().stream()
                .map(k -> {
                    List<OcdsFacts.Payment> ps = em.createQuery("SELECT p FROM Payment p WHERE p.contractId = :k AND p.source = :v"
                            + " ORDER BY p.paidAt, p.id", Payment.class).setParameter("k", k.getId())
                            .setParameter("v", Payment.Source.VOUCHER).getResultList().stream()
                            .map(p -> new OcdsFacts.Payment(p.getId(), p.getPaidAt(), p.getAmount())).toList();
                    if (!ps.isEmpty()) {
                        payments.put(k.getId(), ps);
                    }
                    return new OcdsFacts.Contract(k.getId(), k.getAwardBidId(), k.getSignedAt(), k.getEndedAt(),
                            k.getRegisteredAt(), k.getTransactionAmount(), k.getStartDate(), k.getEndDate(),
                            k.getMilestones().stream().filter(m -> m.getAcceptedAt() != null)
                                    .map(m -> new OcdsFacts.Milestone(m.getId(), m.getTitle(), m.getDueDate(), m.getAcceptedAt()))
                                    .toList());
                }).sorted(Comparator.comparingLong(OcdsFacts.Contract::id)).toList();
        return new OcdsFacts.Facts(amendments, answers, opened, proposals, withdrawals, contracts, payments);
    }
}
