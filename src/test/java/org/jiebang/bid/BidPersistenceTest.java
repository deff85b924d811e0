package org.jiebang.bid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
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
import org.jiebang.challenge.Challenge;
import org.jiebang.platform.persistence.SqlCount;
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
    void aBidIsReadWithItsChallengeLeadAndAttachmentsInOneStatement(Kind kind) {
        Setting s = aPublishedChallengeAndALab(kind);
        long with = newBid(kind, s);
        Setting other = aPublishedChallengeAndALab(kind);
        long without = newBid(kind, other);
        List<Long> files = tx(kind, em -> {
            for (String name : List.of("测试报告.pdf", "样品照片.png")) {
                em.createNativeQuery("INSERT INTO stored_file (storage_name, file_name, media_type, size_bytes, sha256, uploaded_by,"
                        + " uploaded_at) VALUES (?, ?, 'application/pdf', 2048, ?, ?, ?)").setParameter(1,
                        java.util.UUID.randomUUID().toString()).setParameter(2, name).setParameter(3, "a".repeat(64))
                        .setParameter(4, s.userId()).setParameter(5, java.sql.Timestamp.from(NOW)).executeUpdate();
                long file = ((Number) em.createNativeQuery("SELECT MAX(id) FROM stored_file").getSingleResult()).longValue();
                em.createNativeQuery("INSERT INTO bid_attachment (bid_id, file_id) VALUES (?, ?)").setParameter(1, with)
                        .setParameter(2, file).executeUpdate();
            }
            return em.createNativeQuery("SELECT file_id FROM bid_attachment WHERE bid_id = ? ORDER BY file_id").setParameter(1, with)
                    .getResultList().stream().map(r -> ((Number) r).longValue()).toList();
        });
        for (long id : List.of(with, without)) {
            SqlCount.open();
            try {
                tx(kind, em -> {
                    em.getEntityManagerFactory().getCache().evictAll();
                    Bid bid = BidReads.withChallengeAndLead(em, id);
                    assertEquals(id == with ? files : List.of(),
                            bid.getAttachments().stream().map(org.jiebang.platform.storage.StoredFile::getId).sorted().toList(),
                            "each attachment once");
                    assertEquals(id == with ? s.challengeId() : other.challengeId(), bid.getChallenge().getId());
                    bid.getChallenge().getOwner().getName();
                    bid.getLead().getName();
                    return null;
                });
                assertEquals(1, SqlCount.statements().size(), "statements: " + SqlCount.statements());
            } finally {
                SqlCount.close();
            }
        }
        assertNull(tx(kind, em -> BidReads.withChallengeAndLead(em, with + 100000)), "no such bid");
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void anAuditEntryAboutABidIsSealedUntilItOpensAskedOfTheBidTheWriteHolds(Kind kind) {
        Setting s = aPublishedChallengeAndALab(kind);
        long id = newBid(kind, s);
        tx(kind, em -> {
            BidAuditSeal seal = new BidAuditSeal();
            seal.em = em;
            assertEquals(BidStatus.DRAFT, em.find(Bid.class, id).getStatus());
            SqlCount.open();
            try {
                assertEquals(Set.of(String.valueOf(id)), seal.sealed("Bid", List.of(String.valueOf(id))), "a draft is sealed");
                assertEquals(0, SqlCount.statements().size(), "the bid this transaction holds: " + SqlCount.statements());
            } finally {
                SqlCount.close();
            }
            em.createNativeQuery("UPDATE bid SET status = 'OPENED', live_organization_id = NULL WHERE id = ?").setParameter(1, id)
                    .executeUpdate();
            em.clear();
            SqlCount.open();
            try {
                assertEquals(Set.of(), seal.sealed("Bid", List.of(String.valueOf(id))), "an opened bid is not");
                assertEquals(1, SqlCount.statements().stream().filter(x -> x.contains("FROM bid")).count(),
                        "a bid this transaction does not hold is read: " + SqlCount.statements());
            } finally {
                SqlCount.close();
            }
            assertEquals(Set.of(String.valueOf(id + 100000)), seal.sealed("Bid", List.of(String.valueOf(id + 100000))),
                    "no such bid: sealed");
            assertEquals(Set.of("x", String.valueOf(id + 100000)),
                    seal.sealed("Bid", List.of("x", String.valueOf(id), String.valueOf(id + 100000))),
                    "several at once (the audit page): the opened one shown, the others sealed");
            return null;
        });
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void theTeamPartnersPromisesAndMilestonesComeWithTheBidsRowAndAreReplacedWhole(Kind kind) {
        Setting s = aPublishedChallengeAndALab(kind);
        long id = tx(kind, em -> {
            Bid bid = new Bid(em.find(Challenge.class, s.challengeId()), em.find(Organization.class, s.labId()), s.userId(),
                    Instant.now());
            BidForm form = BidTest.complete();
            form.setMembers(List.of(new TeamMember("李明", "电化学测试", "长三角先进材料研究院", "固态电解质"),
                    new TeamMember("Anna \"Q\" Berg", null, null, "界面\\阻抗")));
            form.setPartnerOrganizationIds(List.of(s.labId() + 9, s.labId() + 3));
            form.setMilestones(List.of(new ProposedMilestone("材料定型", "配方与检测报告", 6, new BigDecimal("40.5")),
                    new ProposedMilestone("中试验证", "中试报告", 18, new BigDecimal("59.50"))));
            bid.edit(form, form.getApproach(), Instant.now());
            em.persist(bid);
            em.flush();
            return bid.getId();
        });
        SqlCount.open();
        Bid read;
        try {
            read = tx(kind, em -> {
                em.getEntityManagerFactory().getCache().evictAll();
                Bid bid = em.find(Bid.class, id);
                bid.getMembers();
                bid.getPartnerOrganizationIds();
                bid.getIndicatorResponses();
                bid.getMilestones();
                return bid;
            });
            // (its challenge and lead too, here: without the app server's weaving a lazy reference is read at once)
            assertEquals(1, SqlCount.statements().stream()
                    .filter(sql -> !sql.contains("FROM organization") && !sql.contains("FROM challenge")).count(),
                    "the lists come with the row: " + SqlCount.statements());
        } finally {
            SqlCount.close();
        }
        assertEquals(List.of("李明", "Anna \"Q\" Berg"), read.getMembers().stream().map(TeamMember::getName).toList(),
                "in the team's order, quotes kept");
        assertNull(read.getMembers().get(1).getRole());
        assertEquals("界面\\阻抗", read.getMembers().get(1).getExpertise());
        assertEquals(Set.of(s.labId() + 3, s.labId() + 9), read.getPartnerOrganizationIds());
        assertEquals(List.of("循环寿命"), read.getIndicatorResponses().stream().map(IndicatorResponse::getIndicator).toList());
        assertEquals(List.of(new BigDecimal("40.50"), new BigDecimal("59.50")),
                read.getMilestones().stream().map(ProposedMilestone::getShare).toList(), "shares with two decimals");
        assertEquals(List.of(6, 18), read.getMilestones().stream().map(ProposedMilestone::getMonth).toList());

        tx(kind, em -> {
            Bid bid = em.find(Bid.class, id);
            BidForm form = bid.toForm();
            form.setMembers(List.of());
            form.setPartnerOrganizationIds(List.of());
            form.setMilestones(List.of(new ProposedMilestone("一次交付", "全部成果", 12, new BigDecimal("100"))));
            bid.edit(form, form.getApproach(), Instant.now());
            return null;
        });
        Bid edited = tx(kind, em -> em.find(Bid.class, id));
        assertEquals(List.of(), edited.getMembers(), "an emptied team stays empty");
        assertEquals(Set.of(), edited.getPartnerOrganizationIds());
        assertEquals(List.of("一次交付"), edited.getMilestones().stream().map(ProposedMilestone::getTitle).toList());
        assertEquals("≥ 2500 次", edited.getIndicatorResponses().get(0).getPromised(), "what the edit kept is kept");
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
