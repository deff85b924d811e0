package org.jiebang.challenge;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import org.jiebang.platform.persistence.SqlCount;
import org.jiebang.testing.Persisted;
import org.jiebang.testing.Rows;
import org.jiebang.testing.TestDatabases;
import org.jiebang.testing.TestDatabases.Kind;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * What a challenge's owner and staff see besides its content — the vetting decisions, newest
 * first, and the confidentiality undertakings, oldest first, with who and which organization —
 * read in one statement on H2 and MariaDB, equal to the same read as entities and a join.
 */
class OwnersViewPersistenceTest {

    static final Instant NOW = Instant.parse("2026-11-25T04:00:00Z");
    static final Map<Kind, EntityManagerFactory> FACTORIES = new ConcurrentHashMap<>();

    @AfterAll
    static void close() {
        FACTORIES.values().forEach(EntityManagerFactory::close);
    }

    static <T> T tx(Kind kind, Function<EntityManager, T> work) {
        return TestDatabases.inTransaction(FACTORIES.computeIfAbsent(kind, k -> TestDatabases.migrated(k, "jiebang_test_owners")),
                work);
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void vettingAndUndertakingsInOneStatement(Kind kind) {
        Persisted.Setting s = tx(kind, em -> Persisted.aPublishedChallengeAndALab(em, NOW));
        String longComment = "请补充指标的测试方法与样品数量。".repeat(200);
        tx(kind, em -> {
            try {
                Connection db = em.unwrap(Connection.class);
                Rows.insert(db, "INSERT INTO challenge_review (challenge_id, at, reviewer, decision, comments) VALUES (?, ?, ?, ?, ?)",
                        new Object[] { s.challengeId(), "2026-11-02 08:00:00.000002", "staff", "APPROVED", null },
                        new Object[] { s.challengeId(), "2026-11-01 08:00:00.000001", "staff", "RETURNED", longComment });
                long other = Rows.account(db, "owners" + s.challengeId(), s.labId());
                Rows.insert(db, "INSERT INTO challenge_undertaking (challenge_id, user_id, organization_id, accepted_at)"
                        + " VALUES (?, ?, ?, ?)",
                        new Object[] { s.challengeId(), other, s.labId(), "2026-11-04 08:00:00" },
                        new Object[] { s.challengeId(), s.userId(), s.labId(), "2026-11-03 08:00:00" });
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
            return null;
        });
        ChallengeReads.OwnersView expected = tx(kind, em -> new ChallengeReads.OwnersView(
                em.createQuery("SELECT r FROM ReviewDecision r WHERE r.challengeId = :id ORDER BY r.at DESC", ReviewDecision.class)
                        .setParameter("id", s.challengeId()).getResultList(),
                em.createQuery("SELECT NEW org.jiebang.challenge.ChallengeService.UndertakingView(u.username, u.displayName,"
                        + " o.name, t.acceptedAt) FROM Undertaking t, User u, Organization o WHERE t.challengeId = :id"
                        + " AND u.id = t.userId AND o.id = t.organizationId ORDER BY t.acceptedAt, t.id",
                        ChallengeService.UndertakingView.class).setParameter("id", s.challengeId()).getResultList()));
        SqlCount.open();
        ChallengeReads.OwnersView read;
        try {
            read = tx(kind, em -> ChallengeReads.ownersView(em, s.challengeId()));
            assertEquals(1, SqlCount.statements().size(), "one statement: " + SqlCount.statements());
        } finally {
            SqlCount.close();
        }
        assertEquals(2, expected.reviews().size());
        assertEquals(expected.reviews().stream().map(OwnersViewPersistenceTest::review).toList(),
                read.reviews().stream().map(OwnersViewPersistenceTest::review).toList());
        assertEquals(longComment, read.reviews().get(1).getComments(), "a long comment read whole");
        assertEquals(2, expected.undertakings().size());
        assertEquals(expected.undertakings(), read.undertakings());
    }

    private static List<Object> review(ReviewDecision r) {
        return java.util.Arrays.asList(r.getAt(), r.getDecision(), r.getComments());
    }
}
