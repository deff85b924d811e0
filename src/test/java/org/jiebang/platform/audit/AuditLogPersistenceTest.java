package org.jiebang.platform.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.util.Map;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import org.jiebang.testing.TestDatabases;
import org.jiebang.testing.TestDatabases.Kind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The audit chain as stored, on H2 and MariaDB: intact after appends, broken by any direct change. */
class AuditLogPersistenceTest {

    /** Bid 42 is sealed, as a bid is before its challenge closes. */
    private static final AuditSeal BID_42_SEALED = (type, ids) -> "Bid".equals(type) && ids.contains("42")
            ? java.util.Set.of("42") : java.util.Set.of();

    private static AuditLog logOn(EntityManager em) {
        AuditLog log = new AuditLog() {
            @Override
            Iterable<AuditSeal> seals() {
                return java.util.List.of(BID_42_SEALED);
            }
        };
        log.em = em;
        log.clock = Clock.systemUTC();
        return log;
    }

    private static void append(EntityManagerFactory emf, int count) {
        EntityManager em = emf.createEntityManager();
        em.getTransaction().begin();
        AuditLog log = logOn(em);
        for (int i = 0; i < count; i++) {
            log.record("staff.li", "ORGANIZATION_VERIFIED", "Organization", i,
                    Map.of("status", "PENDING", "name", "浙北工业大学"), Map.of("status", "VERIFIED"));
        }
        em.getTransaction().commit();
        em.close();
    }

    private static AuditLog.Verification verify(EntityManagerFactory emf) {
        EntityManager em = emf.createEntityManager();
        try {
            return logOn(em).verify();
        } finally {
            em.close();
        }
    }

    private static void sql(EntityManagerFactory emf, String statement) {
        EntityManager em = emf.createEntityManager();
        em.getTransaction().begin();
        em.createNativeQuery(statement).executeUpdate();
        em.getTransaction().commit();
        em.close();
    }

    private static Long idOfSeq(EntityManagerFactory emf, long seq) {
        EntityManager em = emf.createEntityManager();
        try {
            return em.createQuery("SELECT e.id FROM AuditEntry e WHERE e.seq = :seq", Long.class)
                    .setParameter("seq", seq).getSingleResult();
        } finally {
            em.close();
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void theChainIsIntactAfterAppendsAndBrokenByAnAlteredRow(Kind kind) {
        EntityManagerFactory emf = TestDatabases.migrated(kind, "jiebang_test_audit");
        try {
            append(emf, 5);
            AuditLog.Verification ok = verify(emf);
            assertTrue(ok.valid(), ok::toString);
            assertEquals(5, ok.entries());

            sql(emf, "UPDATE audit_entry SET actor = 'mallory' WHERE seq = 3");
            AuditLog.Verification broken = verify(emf);
            assertFalse(broken.valid());
            assertEquals(idOfSeq(emf, 3), broken.firstBrokenId());

            sql(emf, "UPDATE audit_entry SET actor = 'staff.li' WHERE seq = 3");
            assertTrue(verify(emf).valid());

            sql(emf, "DELETE FROM audit_entry WHERE seq = 5");
            assertFalse(verify(emf).valid(), "a removed last entry is noticed too");
        } finally {
            emf.close();
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aSealedEntryIsChainedThroughItsCommitmentAndStillGuardedAgainstChanges(Kind kind) {
        EntityManagerFactory emf = TestDatabases.migrated(kind, "jiebang_test_audit_sealed");
        try {
            append(emf, 1);
            EntityManager em = emf.createEntityManager();
            em.getTransaction().begin();
            logOn(em).record("yrdam.zheng", "BID_SUBMITTED", "Bid", 42, Map.of("status", "DRAFT"),
                    Map.of("status", "SUBMITTED", "organizationId", 7));
            logOn(em).record("yrdam.zheng", "BID_EDITED", "Bid", 43, null, Map.of("status", "DRAFT"));
            em.getTransaction().commit();
            em.close();
            EntityManager read = emf.createEntityManager();
            AuditEntry sealed = read.createQuery("SELECT e FROM AuditEntry e WHERE e.seq = 2", AuditEntry.class).getSingleResult();
            AuditEntry open = read.createQuery("SELECT e FROM AuditEntry e WHERE e.seq = 3", AuditEntry.class).getSingleResult();
            read.close();
            assertTrue(sealed.isSealed() && sealed.getSalt().matches("[0-9a-f]{64}"), "written sealed, with a salt");
            assertFalse(open.isSealed(), "an entry nothing seals is written as ever");
            assertEquals(AuditChain.sealedHash(sealed.getPrevHash(), 2, sealed.getAt(), "Bid", sealed.getCommitment()),
                    sealed.getHash(), "the chain can be checked from what a sealed entry shows");
            assertTrue(verify(emf).valid());

            sql(emf, "UPDATE audit_entry SET after_state = '{\"status\":\"WITHDRAWN\"}' WHERE seq = 2");
            assertFalse(verify(emf).valid(), "changing what a sealed entry hides breaks the chain");
        } finally {
            emf.close();
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void chineseStatesAreHashedAsStored(Kind kind) {
        EntityManagerFactory emf = TestDatabases.migrated(kind, "jiebang_test_audit_zh");
        try {
            append(emf, 2);
            AuditLog.Verification v = verify(emf);
            assertTrue(v.valid(), () -> "UTF-8 text read back hashes as it was written: " + v);
        } finally {
            emf.close();
        }
    }
}
