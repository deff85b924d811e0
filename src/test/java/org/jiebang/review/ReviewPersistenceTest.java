package org.jiebang.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceException;

import org.jiebang.account.Organization;
import org.jiebang.bid.Bid;
import org.jiebang.challenge.Challenge;
import org.jiebang.challenge.Criterion;
import org.jiebang.challenge.Rubric;
import org.jiebang.testing.Persisted;
import org.jiebang.testing.TestDatabases;
import org.jiebang.testing.TestDatabases.Kind;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Review as migrated by sql/ (V009), on H2 and MariaDB: rubric, panel, scores, proposal and objections round trip. */
class ReviewPersistenceTest {

    private static final Map<Kind, EntityManagerFactory> FACTORIES = new ConcurrentHashMap<>();
    private static final Instant NOW = Instant.now();

    @AfterAll
    static void close() {
        FACTORIES.values().forEach(EntityManagerFactory::close);
    }

    static <T> T tx(Kind kind, Function<EntityManager, T> work) {
        return TestDatabases.inTransaction(FACTORIES.computeIfAbsent(kind, k -> TestDatabases.migrated(k, "jiebang_test_review")),
                work);
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void thePanelScoresAndTheNoticeRoundTrip(Kind kind) {
        Persisted.Setting s = tx(kind, em -> Persisted.aPublishedChallengeAndALab(em, NOW));
        long bidId = tx(kind, em -> {
            Bid bid = new Bid(em.find(Challenge.class, s.challengeId()), em.find(Organization.class, s.labId()), s.userId(), NOW);
            em.persist(bid);
            em.flush();
            return bid.getId();
        });
        long proposalId = tx(kind, em -> {
            em.persist(new PanelMember(s.challengeId(), s.userId(), PanelMember.ChosenBy.DRAW, NOW));
            Challenge challenge = em.find(Challenge.class, s.challengeId());
            org.jiebang.challenge.ChallengeForm form = challenge.toForm();
            form.setRubric(new Rubric(50, 20, 10, 10, 10));
            challenge.amend(form, NOW.plusSeconds(1));
            Score score = new Score(bidId, s.challengeId(), s.userId());
            score.declareNoConflict(NOW);
            score.save(ScoreTest.all(77), true);
            score.submit(true, NOW);
            em.persist(score);
            AwardProposal proposal = new AwardProposal(s.challengeId(), List.of(bidId), 1, true, null, "staff.li", NOW,
                    NOW.plus(Duration.ofSeconds(60)));
            em.persist(proposal);
            em.flush();
            em.persist(new Objection(s.challengeId(), proposal.getId(), bidId, s.userId(), "异议理由", NOW));
            return proposal.getId();
        });
        long ordered = tx(kind, em -> {
            AwardProposal proposal = new AwardProposal(s.challengeId(), List.of(bidId + 7, bidId), 2, false, "并列揭榜",
                    "staff.li", NOW, NOW.plus(Duration.ofSeconds(60)));
            em.persist(proposal);
            em.flush();
            return proposal.getId();
        });
        tx(kind, em -> {
            em.getEntityManagerFactory().getCache().evictAll();
            assertEquals(new Rubric(50, 20, 10, 10, 10), em.find(Challenge.class, s.challengeId()).getRubric(),
                    "the challenge's own weights, stored");
            Score score = em.createQuery("SELECT x FROM Score x WHERE x.bidId = :b", Score.class).setParameter("b", bidId)
                    .getSingleResult();
            assertEquals(Score.Status.SUBMITTED, score.getStatus());
            assertTrue(score.getNoConflictAt() != null, "the declaration is kept");
            assertEquals(77, score.mark(Criterion.COMMERCIALIZATION).score());
            assertEquals("意见", score.mark(Criterion.TECHNICAL).comment());
            assertEquals(Set.of(bidId), em.find(AwardProposal.class, proposalId).getBidIds());
            assertEquals(List.of(bidId + 7, bidId), em.find(AwardProposal.class, ordered).bidIdsInOrder(),
                    "the bids in the proposal's order, not the ids'");
            assertEquals(1, em.createQuery("SELECT COUNT(o) FROM Objection o WHERE o.proposalId = :p AND o.status = :open",
                    Long.class).setParameter("p", proposalId).setParameter("open", Objection.Status.OPEN).getSingleResult());
            assertTrue(em.find(PanelMember.class, em.createQuery("SELECT m.id FROM PanelMember m WHERE m.challengeId = :c",
                    Long.class).setParameter("c", s.challengeId()).getSingleResult()).isActive());
            return null;
        });
        assertThrows(PersistenceException.class, () -> tx(kind, em -> {
            em.persist(new Score(bidId, s.challengeId(), s.userId()));
            em.flush();
            return null;
        }), "one score per expert and bid (a unique index)");
    }
    @ParameterizedTest
    @EnumSource(Kind.class)
    void expertsProfilesComeWithTheirFieldsInOneStatement(Kind kind) {
        Persisted.Setting s = tx(kind, em -> Persisted.aPublishedChallengeAndALab(em, NOW));
        List<Long> experts = tx(kind, em -> {
            List<String> codes = em.createQuery("SELECT f.code FROM TechnologyField f ORDER BY f.position", String.class)
                    .setMaxResults(3).getResultList();
            Organization lab = em.find(Organization.class, s.labId());
            List<Long> ids = new java.util.ArrayList<>();
            for (int i = 0; i < 3; i++) {
                org.jiebang.account.User u = TestDatabases.anAccount("profile" + s.labId() + "x" + i, lab,
                        Set.of(org.jiebang.account.Role.EXPERT));
                em.persist(u);
                em.flush();
                ids.add(u.getId());
            }
            ExpertProfile two = new ExpertProfile(ids.get(0));
            two.update(Set.of(codes.get(0), codes.get(2)), "教授", "电池", NOW);
            ExpertProfile none = new ExpertProfile(ids.get(1));
            none.update(Set.of(), null, null, NOW);
            em.persist(two);
            em.persist(none);
            ids.add(-1L);
            return ids;
        });
        org.jiebang.platform.persistence.SqlCount.open();
        try {
            Map<Long, ExpertProfile> found = tx(kind, em -> {
                em.getEntityManagerFactory().getCache().evictAll();
                Map<Long, ExpertProfile> read = ReviewService.profilesOf(em, experts);
                read.values().forEach(ExpertProfile::getFields);
                return read;
            });
            assertEquals(1, org.jiebang.platform.persistence.SqlCount.statements().size(),
                    "one statement: " + org.jiebang.platform.persistence.SqlCount.statements());
            assertEquals(Set.of(experts.get(0), experts.get(1)), found.keySet(), "every profile, with fields or without");
            assertEquals(2, found.get(experts.get(0)).getFields().size());
            assertEquals("教授", found.get(experts.get(0)).getTitle());
            assertEquals(Set.of(), found.get(experts.get(1)).getFields());
        } finally {
            org.jiebang.platform.persistence.SqlCount.close();
        }
    }
}
