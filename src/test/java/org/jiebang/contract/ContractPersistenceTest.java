package org.jiebang.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;

import org.jiebang.account.Organization;
import org.jiebang.bid.Bid;
import org.jiebang.challenge.Challenge;
import org.jiebang.platform.persistence.SqlCount;
import org.jiebang.testing.Persisted;
import org.jiebang.testing.TestDatabases;
import org.jiebang.testing.TestDatabases.Kind;
import org.jiebang.voucher.LedgerEntry;
import org.jiebang.voucher.Voucher;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Contracts and vouchers as migrated by sql/ (V010, V011), on H2 and MariaDB: dates, milestones,
 * indicators, signatures and partners round trip; the queries the services run; one contract
 * per registration number; a voucher's balance summed by a locking read.
 */
class ContractPersistenceTest {

    private static final Map<Kind, EntityManagerFactory> FACTORIES = new ConcurrentHashMap<>();
    private static final Instant NOW = Instant.parse("2026-12-01T02:00:00.123456Z");

    @AfterAll
    static void close() {
        FACTORIES.values().forEach(EntityManagerFactory::close);
    }

    static <T> T tx(Kind kind, Function<EntityManager, T> work) {
        return TestDatabases.inTransaction(FACTORIES.computeIfAbsent(kind,
                k -> TestDatabases.migrated(k, "jiebang_test_contract")), work);
    }

    record Made(long contractId, long firmId, long labId, long challengeId, long partnerId) {
    }

    static Made aSignedContract(Kind kind) {
        Persisted.Setting s = tx(kind, em -> Persisted.aPublishedChallengeAndALab(em, NOW));
        return tx(kind, em -> {
            Challenge challenge = em.find(Challenge.class, s.challengeId());
            Organization lab = em.find(Organization.class, s.labId());
            Bid bid = new Bid(challenge, lab, s.userId(), NOW);
            em.persist(bid);
            em.flush();
            long firm = challenge.getOwner().getId();
            Organization partner = org.jiebang.testing.TestDatabases.anOrganization("协作研究所",
                    org.jiebang.testing.Registrations.freshUscc());
            em.persist(partner);
            em.flush();
            Contract c = Contract.draft(new Contract.Draft(challenge.getId(), bid.getId(), firm, lab.getId(), List.of(partner.getId()),
                    new BigDecimal("800000.00"), 12, LocalDate.of(2026, 12, 1), "归甲方", false, Contracts.indicators(),
                    List.of(new Contract.Draft.ProposedMilestone("样品", "小试", 4, new BigDecimal("40.00")),
                            new Contract.Draft.ProposedMilestone("验收", "报告", 12, new BigDecimal("60.00")))));
            em.persist(c);
            em.flush();
            String sha = "d".repeat(64);
            c.sign(Party.CLIENT, s.userId(), firm, sha, sha, NOW);
            c.sign(Party.CONTRACTOR, s.userId(), lab.getId(), sha, sha, NOW.plusSeconds(60));
            em.flush();
            return new Made(c.getId(), firm, lab.getId(), challenge.getId(), partner.getId());
        });
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aContractRoundTripsWithItsMilestonesIndicatorsAndSignatures(Kind kind) {
        Made made = aSignedContract(kind);
        tx(kind, em -> {
            em.getEntityManagerFactory().getCache().evictAll();
            Contract c = em.find(Contract.class, made.contractId());
            assertEquals(ContractStatus.SIGNED, c.getStatus());
            assertEquals(LocalDate.of(2026, 12, 1), c.getStartDate(), "a date is a date on every database");
            assertEquals(List.of(LocalDate.of(2027, 4, 1), LocalDate.of(2027, 12, 1)),
                    c.getMilestones().stream().map(Milestone::getDueDate).toList());
            assertEquals(List.of(new BigDecimal("320000.00"), new BigDecimal("480000.00")),
                    c.getMilestones().stream().map(Milestone::getAmount).toList());
            assertEquals(Set.of("能量密度", "循环寿命"), c.getMilestones().get(1).getIndicators());
            assertEquals("≥ 2000", c.getIndicators().get(1).getTarget());
            assertEquals("2500", c.getIndicators().get(1).getPromised());
            assertEquals(2, c.getSignatures().size());
            assertEquals(NOW, c.getSignatures().get(0).getSignedAt());
            assertEquals(Set.of(made.partnerId()), c.getPartnerOrganizationIds());
            Milestone last = c.getMilestones().get(1);
            last.submit("验收材料", List.of(new Measurement("能量密度", "305"), new Measurement("循环寿命", "2100")), Set.of(), 1, NOW);
            return null;
        });
        SqlCount.open();
        try {
            tx(kind, em -> {
                em.getEntityManagerFactory().getCache().evictAll();
                Contract c = ContractReads.whole(em, made.contractId());
                assertEquals(List.of(0, 1), c.getMilestones().stream().map(Milestone::getPosition).toList(), "in their order, once");
                assertEquals(2, c.getSignatures().size(), "each signature once");
                c.getMilestones().forEach(m -> assertSame(c, m.getContract(), "a milestone knows its contract"));
                assertEquals(List.of(Party.CLIENT, Party.CONTRACTOR), c.getSignatures().stream().map(Signature::getParty).toList(),
                        "in the order they were given");
                Milestone last = c.getMilestones().get(1);
                assertEquals(MilestoneStatus.SUBMITTED, last.getStatus());
                assertEquals(List.of("305", "2100"), last.getMeasurements().stream().map(Measurement::getMeasured).toList());
                assertEquals(Set.of("能量密度", "循环寿命"), last.getIndicators());
                assertEquals(Set.of(), last.getEvidenceFileIds());
                assertEquals(2, c.getIndicators().size());
                return null;
            });
            // the contract, its milestones, its signatures: the partners, the criteria, what each milestone
            // covers, measured and handed over come in their rows
            assertEquals(3, SqlCount.statements().size(), "statements: " + SqlCount.statements());
        } finally {
            SqlCount.close();
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aContractsNamesPaymentsTimelineAndEvidenceFilesComeInOneStatementAsTheEntitiesSayThem(Kind kind) {
        Made made = aSignedContract(kind);
        String longDetail = "终止原因：".repeat(390); // 1,950 characters: read whole, not cut as a short text
        long fileId = tx(kind, em -> {
            Contract c = em.find(Contract.class, made.contractId());
            long first = c.getMilestones().get(0).getId();
            long second = c.getMilestones().get(1).getId();
            long by = userOf(em, made);
            // two payments at one instant (ordered by id), one from a voucher
            em.persist(new Payment(made.contractId(), second, new BigDecimal("1000.50"), NOW.plusSeconds(300), by, Payment.Source.DIRECT,
                    null));
            em.persist(new Payment(made.contractId(), first, new BigDecimal("320000.00"), NOW, by, Payment.Source.VOUCHER, 42L));
            em.persist(new Payment(made.contractId(), first, new BigDecimal("0.01"), NOW, by, Payment.Source.DIRECT, null));
            em.persist(new ContractEvent(made.contractId(), NOW.plusSeconds(5), "SIGNED", null, null, null, "系统"));
            em.persist(new ContractEvent(made.contractId(), NOW, "TERMINATED", first, userOf(em, made),
                    new BigDecimal("12.30"), longDetail));
            em.createNativeQuery("INSERT INTO stored_file (storage_name, file_name, media_type, size_bytes, sha256, uploaded_by,"
                    + " uploaded_at) VALUES (?, ?, 'application/pdf', 123456, ?, ?, ?)").setParameter(1, java.util.UUID.randomUUID()
                    .toString()).setParameter(2, "验收报告.pdf").setParameter(3, "e".repeat(64)).setParameter(4, userOf(em, made))
                    .setParameter(5, java.sql.Timestamp.from(NOW)).executeUpdate();
            return ((Number) em.createNativeQuery("SELECT MAX(id) FROM stored_file").getSingleResult()).longValue();
        });
        tx(kind, em -> {
            List<Payment> payments = em.createQuery("SELECT p FROM Payment p WHERE p.contractId = :c ORDER BY p.paidAt, p.id",
                    Payment.class).setParameter("c", made.contractId()).getResultList();
            List<Object[]> events = em.createQuery("SELECT e, u.displayName FROM ContractEvent e LEFT JOIN User u ON u.id = e.userId"
                    + " WHERE e.contractId = :c ORDER BY e.happenedAt, e.id", Object[].class).setParameter("c", made.contractId())
                    .getResultList();
            String title = em.find(Challenge.class, made.challengeId()).getTitle();
            String partner = em.find(Organization.class, made.partnerId()).getName();
            long signer = userOf(em, made);
            String signerName = em.find(org.jiebang.account.User.class, signer).getDisplayName();
            ContractNames.Names names;
            SqlCount.open();
            try {
                names = ContractNames.of(em, List.of(made.challengeId()), List.of(made.firmId(), made.labId(), made.partnerId()),
                        List.of(signer), new ContractNames.Own(made.contractId(), true, List.of(fileId, fileId)));
                assertEquals(1, SqlCount.statements().size(), "statements: " + SqlCount.statements());
            } finally {
                SqlCount.close();
            }
            assertEquals(Map.of(made.challengeId(), title), names.challengeTitles());
            assertEquals(partner, names.organizations().get(made.partnerId()));
            assertEquals(3, names.organizations().size());
            assertEquals(Map.of(signer, signerName), names.users());
            Function<Payment, List<Object>> payment = p -> java.util.Arrays.asList(p.getId(), p.getContractId(), p.getMilestoneId(),
                    p.getAmount(), p.getPaidAt(), p.getRecordedBy(), p.getSource(), p.getRedemptionId());
            assertEquals(payments.stream().map(payment).toList(), names.payments().stream().map(payment).toList(),
                    "the payments as the entities say them, oldest first and by id at one instant");
            assertEquals(3, names.payments().size());
            assertEquals(events.stream().map(r -> {
                ContractEvent e = (ContractEvent) r[0];
                return java.util.Arrays.asList(e.getHappenedAt(), e.getKind(), e.getMilestoneId(), e.getUserId(), r[1], e.getAmount(),
                        e.getDetail());
            }).toList(), names.timeline().stream().map(e -> java.util.Arrays.<Object>asList(e.at(), e.kind(), e.milestoneId(),
                    e.userId(), e.who(), e.amount(), e.detail())).toList(), "the timeline as the entities say it, oldest first");
            assertEquals(longDetail, names.timeline().get(0).detail());
            assertEquals(signerName, names.timeline().get(0).who());
            assertEquals(null, names.timeline().get(1).who(), "no one did what the system did");
            assertEquals(Map.of(fileId, new ContractViews.FileView(fileId, "验收报告.pdf", 123456)), names.files());
            ContractNames.Names none = ContractNames.of(em, List.of(), List.of(), List.of(),
                    new ContractNames.Own(made.contractId() + 100000, false, List.of()));
            assertTrue(none.payments().isEmpty() && none.timeline().isEmpty() && none.challengeTitles().isEmpty(),
                    "nothing of another contract");
            return null;
        });
    }

    private static long userOf(EntityManager em, Made made) {
        return em.find(Contract.class, made.contractId()).getSignatures().get(0).getUserId();
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void theListFindsAContractByItsPartiesAndPartnersAndRemindersFindMilestonesDueSoon(Kind kind) {
        Made made = aSignedContract(kind);
        tx(kind, em -> {
            // the list's condition, as ContractService.list writes it
            java.util.function.LongFunction<List<Long>> of = org -> em.createQuery("SELECT c.id FROM Contract c WHERE"
                    + " (c.clientOrganizationId = :o OR c.contractorOrganizationId = :o"
                    + " OR c.id IN (SELECT x.id FROM Contract x JOIN x.partnerIndex p WHERE p = :o))", Long.class)
                    .setParameter("o", org).getResultList();
            List<?> partnerRows = em.createNativeQuery("SELECT contract_id FROM contract_partner WHERE organization_id = ?")
                    .setParameter(1, made.partnerId()).getResultList();
            assertTrue(partnerRows.stream().map(r -> ((Number) r).longValue()).toList().contains(made.contractId()),
                    "the partner's row is written");
            assertTrue(of.apply(made.partnerId()).contains(made.contractId()), "found as a partner");
            assertTrue(of.apply(made.firmId()).contains(made.contractId()), "found as the client");
            assertTrue(of.apply(made.labId()).contains(made.contractId()), "found as the contractor, with no partner row of its own");
            assertEquals(1, of.apply(made.labId()).stream().filter(id -> id == made.contractId()).count(), "once");
            assertFalse(of.apply(made.partnerId() + 1000).contains(made.contractId()), "not by anyone else");
            List<Milestone> due = em.createQuery("SELECT m FROM Milestone m WHERE m.remindedAt IS NULL AND m.status <> :accepted"
                    + " AND m.dueDate <= :horizon AND m.dueDate >= :today AND m.contract.status = :signed", Milestone.class)
                    .setParameter("accepted", MilestoneStatus.ACCEPTED).setParameter("horizon", LocalDate.of(2027, 4, 5))
                    .setParameter("today", LocalDate.of(2027, 3, 30)).setParameter("signed", ContractStatus.SIGNED)
                    .getResultList();
            assertTrue(due.stream().anyMatch(m -> m.getContract().getId() == made.contractId() && m.getPosition() == 0),
                    "the milestone due on 2027-04-01 is within 6 days of 2027-03-30");
            assertTrue(due.stream().noneMatch(m -> m.getContract().getId() == made.contractId() && m.getPosition() == 1));
            int claimed = em.createQuery("UPDATE Milestone m SET m.remindedAt = :now WHERE m.contract.id = :c AND m.position = 0"
                    + " AND m.remindedAt IS NULL").setParameter("now", NOW).setParameter("c", made.contractId()).executeUpdate();
            assertEquals(1, claimed);
            return null;
        });
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aRegistrationNumberBelongsToOneContract(Kind kind) {
        Made one = aSignedContract(kind);
        Made two = aSignedContract(kind);
        String number = "REG-" + kind + "-" + one.contractId();
        tx(kind, em -> {
            em.find(Contract.class, one.contractId()).register(number, "staff.li", NOW);
            return null;
        });
        assertThrows(PersistenceException.class, () -> tx(kind, em -> {
            em.find(Contract.class, two.contractId()).register(number, "staff.li", NOW);
            em.flush();
            return null;
        }));
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aVouchersBalanceIsItsLedgersSumByALockingRead(Kind kind) {
        Made made = aSignedContract(kind);
        long voucherId = tx(kind, em -> {
            Voucher v = new Voucher(made.firmId(), new BigDecimal("50000.00"), "330400", LocalDate.of(2026, 1, 1),
                    LocalDate.of(2026, 12, 31), Set.of("330000", "310000"), "staff.li");
            em.persist(v);
            em.flush();
            em.persist(new LedgerEntry(v.getId(), LedgerEntry.Kind.ISSUE, v.getAmount(), null, NOW, "staff.li"));
            em.persist(new LedgerEntry(v.getId(), LedgerEntry.Kind.HOLD, new BigDecimal("12000.50"), 1L, NOW, "firm"));
            em.persist(new LedgerEntry(v.getId(), LedgerEntry.Kind.RELEASE, new BigDecimal("2000.50"), 1L, NOW, "staff.li"));
            return v.getId();
        });
        tx(kind, em -> {
            em.find(Voucher.class, voucherId, LockModeType.PESSIMISTIC_WRITE);
            BigDecimal balance = em.createQuery("SELECT l FROM LedgerEntry l WHERE l.voucherId = :v", LedgerEntry.class)
                    .setParameter("v", voucherId).setLockMode(LockModeType.PESSIMISTIC_READ).getResultStream()
                    .map(LedgerEntry::getAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
            assertEquals(new BigDecimal("40000.00"), balance);
            Voucher v = em.find(Voucher.class, voucherId);
            assertEquals(LocalDate.of(2026, 12, 31), v.getValidTo());
            assertEquals(Set.of("330000", "310000"), v.getAcceptedRegions());
            return null;
        });
    }
}
