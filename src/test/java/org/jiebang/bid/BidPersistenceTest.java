package org.jiebang.bid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceException;

import org.jiebang.account.Organization;
import org.jiebang.account.Role;
import org.jiebang.account.User;
import org.jiebang.account.UserForm;
import org.jiebang.challenge.Challenge;
import org.jiebang.challenge.ChallengeTest;
import org.jiebang.testing.Persisted;
import org.jiebang.testing.Persisted.Setting;
import org.jiebang.testing.TestDatabases;
import org.jiebang.testing.TestDatabases.Kind;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Bids as migrated by sql/, on H2 and MariaDB: content round trip, one live bid per organization. */
class BidPersistenceTest {

    private static final Map<Kind, EntityManagerFactory> FACTORIES = new ConcurrentHashMap<>();
    private static final Instant NOW = Instant.now();

    @AfterAll
    static void close() {
        FACTORIES.values().forEach(EntityManagerFactory::close);
    }

    static <T> T tx(Kind kind, Function<EntityManager, T> work) {
        return TestDatabases.inTransaction(FACTORIES.computeIfAbsent(kind, k -> TestDatabases.migrated(k, "jiebang_test_bids")), work);
    }

    static Setting aPublishedChallengeAndALab(Kind kind) {
        return tx(kind, em -> Persisted.aPublishedChallengeAndALab(em, NOW));
    }

    static long newBid(Kind kind, Setting s) {
        return tx(kind, em -> {
            Bid bid = new Bid(em.find(Challenge.class, s.challengeId()), em.find(Organization.class, s.labId()), s.userId(),
                    Instant.now());
            bid.edit(BidTest.complete(), BidTest.complete().getApproach(), Instant.now());
            em.persist(bid);
            em.flush();
            return bid.getId();
        });
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void theContentAndReceiptRoundTrip(Kind kind) {
        Setting s = aPublishedChallengeAndALab(kind);
        long id = newBid(kind, s);
        String receipt = tx(kind, em -> {
            Bid bid = em.find(Bid.class, id);
            bid.submit(Instant.now());
            return bid.getReceiptSha256();
        });
        Bid read = tx(kind, em -> {
            em.getEntityManagerFactory().getCache().evictAll();
            Bid bid = em.find(Bid.class, id);
            bid.getMembers();
            assertEquals(receipt, BidCanonical.sha256(bid), "recomputed from what the database kept");
            return bid;
        });
        assertEquals("郑海涛", read.getPrincipal().getName());
        assertEquals(2, read.getMilestones().size());
        assertEquals("≥ 2500 次", read.getIndicatorResponses().get(0).getPromised());
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void oneLiveBidPerOrganizationAndChallenge(Kind kind) {
        Setting s = aPublishedChallengeAndALab(kind);
        long first = newBid(kind, s);
        assertThrows(PersistenceException.class, () -> newBid(kind, s), "a second live bid is refused by the database");
        tx(kind, em -> {
            Bid bid = em.find(Bid.class, first);
            bid.submit(Instant.now());
            bid.withdraw(Instant.now());
            return null;
        });
        long second = newBid(kind, s);
        assertThrows(PersistenceException.class, () -> tx(kind, em -> {
            em.find(Bid.class, first).submit(Instant.now());
            em.flush();
            return null;
        }), "the withdrawn one cannot come back while another is live");
        assertEquals(BidStatus.DRAFT, tx(kind, em -> em.find(Bid.class, second).getStatus()));
    }
}
