package org.jiebang.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import org.jiebang.contract.Contract;
import org.jiebang.contract.Milestone;
import org.jiebang.outcome.Outcome;
import org.jiebang.platform.persistence.SqlCount;
import org.jiebang.testing.MarketData;
import org.jiebang.testing.TestDatabases;
import org.jiebang.testing.TestDatabases.Kind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The showcase's teams on H2 and MariaDB: the signed contracts of a page's challenges with their
 * confirmed outcomes and their milestones in one statement, as the entities read one
 * kind at a time say them (contracts without outcomes, declined and unconfirmed outcomes, drafts).
 */
class ShowcasePersistenceTest {

    private static final Instant NOW = Instant.parse("2026-11-20T03:00:00Z");

    @ParameterizedTest
    @EnumSource(Kind.class)
    void signedContractsComeWithTheirConfirmedOutcomesAndMilestonesInOneStatement(Kind kind) {
        EntityManagerFactory f = TestDatabases.migrated(kind, "jiebang_test_showcase");
        try {
            List<Long> challenges = TestDatabases.inTransaction(f, em -> {
                try {
                    MarketData.write(em.unwrap(Connection.class), 160, 4, 10, 23L, NOW);
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
                return em.createQuery("SELECT DISTINCT k.challengeId FROM Contract k ORDER BY k.challengeId", Long.class)
                        .getResultList();
            });
            assertTrue(challenges.size() > 10, "the market has contracts: " + challenges.size());
            Map<Long, List<String>> expected = TestDatabases.inTransaction(f, em -> oneKindAtATime(em, challenges));
            assertTrue(expected.values().stream().anyMatch(List::isEmpty), "some signed contract has no confirmed outcome");
            assertTrue(expected.values().stream().anyMatch(r -> r.size() > 1), "some has more than one");
            Map<Long, List<String>> read = new HashMap<>();
            Map<Long, List<String>> milestones = new HashMap<>();
            SqlCount.open();
            try {
                TestDatabases.inTransaction(f, em -> {
                    em.getEntityManagerFactory().getCache().evictAll();
                    Map<Long, List<ShowcaseService.Result>> results = new HashMap<>();
                    for (Contract k : ShowcaseService.signedWithResults(em, challenges, results)) {
                        read.put(k.getId(), results.getOrDefault(k.getId(), List.of()).stream().map(ShowcasePersistenceTest::said)
                                .toList());
                        milestones.put(k.getId(), k.getMilestones().stream().map(m -> m.getPosition() + " " + m.getStatus())
                                .toList());
                    }
                    return null;
                });
                assertEquals(1, SqlCount.statements().size(), "statements: " + SqlCount.statements());
            } finally {
                SqlCount.close();
            }
            assertEquals(expected, read, "each signed contract once, with its confirmed outcomes in their order");
            assertEquals(TestDatabases.inTransaction(f, em -> milestonesOf(em, challenges)), milestones);
        } finally {
            f.close();
        }
    }

    private static String said(ShowcaseService.Result r) {
        return r.type() + " " + r.title() + " " + r.applicationNumber() + " " + r.amount();
    }

    private static Map<Long, List<String>> oneKindAtATime(EntityManager em, List<Long> challenges) {
        Map<Long, List<String>> out = new HashMap<>();
        for (Contract k : em.createQuery("SELECT k FROM Contract k WHERE k.challengeId IN :ids AND k.signedAt IS NOT NULL",
                Contract.class).setParameter("ids", challenges).getResultList()) {
            List<String> results = new ArrayList<>();
            for (Outcome o : em.createQuery("SELECT o FROM Outcome o WHERE o.contractId = :k AND o.confirmed = TRUE"
                    + " ORDER BY o.date, o.id", Outcome.class).setParameter("k", k.getId()).getResultList()) {
                results.add(said(new ShowcaseService.Result(o.getType().name(), o.getTitle(), o.getApplicationNumber(),
                        o.getAmount())));
            }
            out.put(k.getId(), results);
        }
        return out;
    }

    private static Map<Long, List<String>> milestonesOf(EntityManager em, List<Long> challenges) {
        Map<Long, List<String>> out = new HashMap<>();
        for (Contract k : em.createQuery("SELECT k FROM Contract k WHERE k.challengeId IN :ids AND k.signedAt IS NOT NULL",
                Contract.class).setParameter("ids", challenges).getResultList()) {
            List<String> ms = new ArrayList<>();
            for (Milestone m : em.createQuery("SELECT m FROM Milestone m WHERE m.contract.id = :k ORDER BY m.position",
                    Milestone.class).setParameter("k", k.getId()).getResultList()) {
                ms.add(m.getPosition() + " " + m.getStatus());
            }
            out.put(k.getId(), ms);
        }
        return out;
    }
}
