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
            List<String> codes = threeFields(em);
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

    @ParameterizedTest
    @EnumSource(Kind.class)
    void theExpertsOfAFieldComeWithTheirOrganizationsAndAllTheirFieldsInOneStatement(Kind kind) {
        Persisted.Setting s = tx(kind, em -> Persisted.aPublishedChallengeAndALab(em, NOW));
        List<String> codes = tx(kind, ReviewPersistenceTest::threeFields);
        List<Long> experts = tx(kind, em -> {
            Organization lab = em.find(Organization.class, s.labId());
            List<Long> ids = new java.util.ArrayList<>();
            // two of the field (one of the lab, with three fields, and a researcher too; one of none), one of another
            // field, one of the field but disabled, one of the field whose account is no expert's
            for (int i = 0; i < 5; i++) {
                org.jiebang.account.User u = TestDatabases.anAccount("field" + s.labId() + "x" + i, i == 1 ? null : lab,
                        i == 4 ? Set.of(org.jiebang.account.Role.RESEARCHER) : i == 0 ? Set.of(org.jiebang.account.Role.EXPERT,
                                org.jiebang.account.Role.RESEARCHER) : Set.of(org.jiebang.account.Role.EXPERT));
                em.persist(u);
                em.flush();
                ids.add(u.getId());
                ExpertProfile p = new ExpertProfile(u.getId());
                p.update(i == 0 ? Set.copyOf(codes) : i == 2 ? Set.of(codes.get(1)) : Set.of(codes.get(0)), "职称" + i, null, NOW);
                em.persist(p);
            }
            em.flush();
            em.createNativeQuery("UPDATE app_user SET enabled = FALSE WHERE id = ?").setParameter(1, ids.get(3)).executeUpdate();
            return ids;
        });
        org.jiebang.platform.persistence.SqlCount.open();
        try {
            tx(kind, em -> {
                em.getEntityManagerFactory().getCache().evictAll();
                List<ReviewService.FieldExpert> found = ReviewService.expertsOf(em, codes.get(0));
                Map<Long, ReviewService.FieldExpert> mine = new java.util.LinkedHashMap<>();
                found.stream().filter(e -> experts.contains(e.user().getId())).forEach(e -> mine.put(e.user().getId(), e));
                assertEquals(List.of(experts.get(0), experts.get(1)), List.copyOf(mine.keySet()),
                        "the enabled experts of the field, each once, by id");
                assertEquals(codes.stream().sorted().toList(), mine.get(experts.get(0)).fields(), "all of an expert's fields, in order");
                assertEquals(List.of(codes.get(0)), mine.get(experts.get(1)).fields());
                assertEquals("职称1", mine.get(experts.get(1)).profile().getTitle());
                String lab = mine.get(experts.get(0)).user().getOrganization().getName();
                assertTrue(mine.get(experts.get(1)).user().getOrganization() == null, "an expert of no organization");
                List<String> sql = org.jiebang.platform.persistence.SqlCount.statements();
                assertEquals(1, sql.size(), "one statement (" + lab + "): " + sql);
                return null;
            });
        } finally {
            org.jiebang.platform.persistence.SqlCount.close();
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aPanelComesWithItsExpertsOrganizationsAndProfilesInOneStatement(Kind kind) {
        Persisted.Setting s = tx(kind, em -> Persisted.aPublishedChallengeAndALab(em, NOW));
        List<Long> experts = tx(kind, em -> {
            List<String> codes = threeFields(em);
            Organization lab = em.find(Organization.class, s.labId());
            List<Long> ids = new java.util.ArrayList<>();
            for (int i = 0; i < 3; i++) {
                // one without an organization, two with two roles each
                org.jiebang.account.User u = TestDatabases.anAccount("panel" + s.labId() + "x" + i, i == 2 ? null : lab,
                        i == 2 ? Set.of(org.jiebang.account.Role.EXPERT) : Set.of(org.jiebang.account.Role.EXPERT,
                                org.jiebang.account.Role.RESEARCHER));
                em.persist(u);
                em.flush();
                ids.add(u.getId());
            }
            ExpertProfile three = new ExpertProfile(ids.get(0));
            three.update(Set.copyOf(codes), "研究员", "储能", NOW);
            em.persist(three);
            // added in this order: the third first, then the first, then the second
            em.persist(new PanelMember(s.challengeId(), ids.get(2), PanelMember.ChosenBy.HAND, NOW));
            em.persist(new PanelMember(s.challengeId(), ids.get(0), PanelMember.ChosenBy.DRAW, NOW.plusSeconds(1)));
            em.persist(new PanelMember(s.challengeId(), ids.get(1), PanelMember.ChosenBy.DRAW, NOW.plusSeconds(2)));
            return ids;
        });
        org.jiebang.platform.persistence.SqlCount.open();
        try {
            tx(kind, em -> {
                em.getEntityManagerFactory().getCache().evictAll();
                ReviewService.Panel panel = ReviewService.panelOf(em, s.challengeId());
                assertEquals(List.of(experts.get(2), experts.get(0), experts.get(1)),
                        panel.members().stream().map(PanelMember::getExpertId).toList(), "each member once, oldest first");
                assertEquals(Set.copyOf(experts), panel.experts().keySet());
                assertEquals(s.labId(), panel.experts().get(experts.get(0)).getOrganization().getId());
                assertEquals(null, panel.experts().get(experts.get(2)).getOrganization(), "an expert of no organization");
                assertEquals(Set.of(experts.get(0)), panel.profiles().keySet(), "only the expert with a profile has one");
                assertEquals("研究员", panel.profiles().get(experts.get(0)).getTitle());
                assertTrue(ReviewService.panelOf(em, s.challengeId() + 100000).members().isEmpty(), "no panel elsewhere");
                List<String> sql = org.jiebang.platform.persistence.SqlCount.statements();
                assertEquals(2, sql.size(), "one statement for a panel, one for none: " + sql);
                assertEquals(3, panel.profiles().get(experts.get(0)).getFields().size(), "its fields when asked for");
                return null;
            });
        } finally {
            org.jiebang.platform.persistence.SqlCount.close();
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aNoticeIsTheLatestProposalWithItsChallengeAndObjectionsInOneStatement(Kind kind) {
        Persisted.Setting s = tx(kind, em -> Persisted.aPublishedChallengeAndALab(em, NOW));
        Persisted.Setting none = tx(kind, em -> Persisted.aPublishedChallengeAndALab(em, NOW));
        Persisted.Setting quiet = tx(kind, em -> Persisted.aPublishedChallengeAndALab(em, NOW));
        tx(kind, em -> {
            Bid bid = new Bid(em.find(Challenge.class, s.challengeId()), em.find(Organization.class, s.labId()), s.userId(), NOW);
            em.persist(bid);
            em.flush();
            // two proposals at one instant (the later id is the latest), one older; objections lodged out of id order
            AwardProposal older = new AwardProposal(s.challengeId(), List.of(bid.getId()), 1, true, null, "staff.li",
                    NOW.minusSeconds(600), NOW.plusSeconds(60));
            em.persist(older);
            AwardProposal first = new AwardProposal(s.challengeId(), List.of(bid.getId()), 1, true, null, "staff.li", NOW,
                    NOW.plusSeconds(60));
            em.persist(first);
            em.flush();
            AwardProposal second = new AwardProposal(s.challengeId(), List.of(bid.getId()), 1, true, "并列", "staff.li", NOW,
                    NOW.plusSeconds(60));
            em.persist(second);
            em.flush();
            em.persist(new Objection(s.challengeId(), second.getId(), bid.getId(), s.userId(), "后提出", NOW.plusSeconds(30)));
            em.persist(new Objection(s.challengeId(), first.getId(), bid.getId(), s.userId(), "先提出", NOW.plusSeconds(10)));
            em.persist(new AwardProposal(quiet.challengeId(), List.of(bid.getId()), 1, true, null, "staff.li", NOW,
                    NOW.plusSeconds(60)));
            return null;
        });
        for (Persisted.Setting c : List.of(s, quiet, none)) {
            tx(kind, em -> {
                AwardProposal latest = em.createQuery("SELECT p FROM AwardProposal p WHERE p.challengeId = :c"
                        + " ORDER BY p.proposedAt DESC, p.id DESC", AwardProposal.class).setParameter("c", c.challengeId())
                        .setMaxResults(1).getResultStream().findFirst().orElse(null);
                List<String> objections = em.createQuery("SELECT o.reason FROM Objection o WHERE o.challengeId = :c"
                        + " ORDER BY o.lodgedAt, o.id", String.class).setParameter("c", c.challengeId()).getResultList();
                em.clear();
                org.jiebang.platform.persistence.SqlCount.open();
                try {
                    List<Object[]> rows = AwardService.latestProposalWithObjections(em, c.challengeId());
                    // the staff's review page reads the challenge after: from what this statement read
                    assertEquals(c.challengeId(), org.jiebang.challenge.ChallengeReads.withOwner(em, c.challengeId()).getId());
                    assertEquals(1, org.jiebang.platform.persistence.SqlCount.statements().size(),
                            "statements: " + org.jiebang.platform.persistence.SqlCount.statements());
                    if (latest == null) {
                        assertEquals(1, rows.size(), "the challenge alone, without a proposal");
                        assertEquals(c.challengeId(), ((Challenge) rows.get(0)[0]).getId());
                        assertEquals(null, rows.get(0)[1], "no notice without a proposal");
                        assertTrue(AwardService.latestProposalWithObjections(em, c.challengeId() + 100000).isEmpty(),
                                "nothing for no challenge");
                        return null;
                    }
                    assertTrue(rows.stream().allMatch(r -> ((AwardProposal) r[1]).getId().equals(latest.getId())),
                            "the latest proposal, the later id at one instant");
                    assertEquals(c.challengeId(), ((Challenge) rows.get(0)[0]).getId());
                    assertEquals(objections, rows.stream().map(r -> r[2]).filter(java.util.Objects::nonNull)
                            .map(o -> ((Objection) o).getReason()).toList(), "its objections, oldest first");
                    assertEquals(c == s ? List.of("先提出", "后提出") : List.of(), objections);
                } finally {
                    org.jiebang.platform.persistence.SqlCount.close();
                }
                return null;
            });
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void openedBidsComeWithTheirLeadsAndScoresInOneStatement(Kind kind) {
        Persisted.Setting s = tx(kind, em -> Persisted.aPublishedChallengeAndALab(em, NOW));
        List<Long> bids = tx(kind, em -> {
            Organization lab = em.find(Organization.class, s.labId());
            org.jiebang.account.User other = TestDatabases.anAccount("scorer" + s.labId(), lab,
                    Set.of(org.jiebang.account.Role.EXPERT));
            em.persist(other);
            List<Long> ids = new java.util.ArrayList<>();
            for (String status : List.of("OPENED", "SUBMITTED", "DISQUALIFIED", "OPENED")) {
                Bid bid = new Bid(em.find(Challenge.class, s.challengeId()), lab, s.userId(), NOW);
                em.persist(bid);
                em.flush();
                em.createNativeQuery("UPDATE bid SET status = ?, live_organization_id = NULL WHERE id = ?").setParameter(1, status)
                        .setParameter(2, bid.getId()).executeUpdate();
                ids.add(bid.getId());
            }
            // scores: two on the first bid (the later expert first), one on the disqualified one, none on the last
            em.persist(new Score(ids.get(0), s.challengeId(), other.getId()));
            em.persist(new Score(ids.get(0), s.challengeId(), s.userId()));
            em.persist(new Score(ids.get(2), s.challengeId(), s.userId()));
            return ids;
        });
        tx(kind, em -> {
            List<Long> scores = em.createQuery("SELECT x.id FROM Score x WHERE x.challengeId = :c ORDER BY x.id", Long.class)
                    .setParameter("c", s.challengeId()).getResultList();
            em.clear();
            org.jiebang.platform.persistence.SqlCount.open();
            try {
                ReviewService.Opened opened = ReviewService.openedWithScores(em, s.challengeId());
                opened.bids().forEach(b -> b.getLead().getName());
                // (without the app server's weaving the bids' lazy challenge is read at once, with its owner)
                List<String> sql = org.jiebang.platform.persistence.SqlCount.statements();
                assertEquals(1, sql.stream().filter(x -> !x.contains("FROM challenge WHERE") && !x.contains("FROM organization WHERE"))
                        .count(), "statements: " + sql);
                assertEquals(List.of(bids.get(0), bids.get(2), bids.get(3)), opened.bids().stream().map(Bid::getId).toList(),
                        "the opened bids once each, in id order, not the one still sealed");
                assertEquals(scores, opened.scores().stream().map(Score::getId).toList(), "every score once, in id order");
                assertEquals(3, scores.size());
            } finally {
                org.jiebang.platform.persistence.SqlCount.close();
            }
            return null;
        });
    }

    private static List<String> threeFields(EntityManager em) {
        return em.createQuery("SELECT f.code FROM TechnologyField f ORDER BY f.position", String.class).setMaxResults(3)
                .getResultList();
    }
}
