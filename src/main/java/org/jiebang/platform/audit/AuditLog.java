package org.jiebang.platform.audit;

import java.security.Principal;
import java.time.Clock;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

/**
 * Appends to and checks the audit log (SPEC §12). Services call {@link #record} in the transaction
 * that makes the change, so an entry exists exactly when the change does.
 */
@ApplicationScoped
public class AuditLog {

    private static final int BATCH = 1000;
    private static final Jsonb JSON = JsonbBuilder.create();

    @PersistenceContext
    EntityManager em;

    @Inject
    SecurityContext security;

    @Inject
    Clock clock;

    @Inject
    jakarta.enterprise.inject.Instance<AuditSeal> seals;

    private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();

    /** What {@link #verify()} found: the chain is intact, or the first entry that is not. */
    public record Verification(boolean valid, long entries, Long firstBrokenId, String problem) {
    }

    /** Records a change made by the current caller ({@code system} outside a request). */
    @Transactional(TxType.MANDATORY)
    public void record(String action, String entityType, Object entityId, Object before, Object after) {
        record(currentActor(), action, entityType, entityId, before, after);
    }

    /**
     * Records a change on behalf of a named actor (e.g. the user name of a failed login). An entry
     * about something sealed now (as an {@link AuditSeal} says) is written sealed: chained through
     * a salted commitment, see {@link AuditChain}.
     */
    @Transactional(TxType.MANDATORY)
    public void record(String actor, String action, String entityType, Object entityId, Object before, Object after) {
        String id = entityId == null ? null : entityId.toString();
        String salt = id != null && isSealed(entityType, id) ? newSalt() : null;
        AuditHead head = em.find(AuditHead.class, AuditHead.ID, LockModeType.PESSIMISTIC_WRITE);
        AuditEntry entry = new AuditEntry(head.entries() + 1, clock.instant(), truncate(actor), action, entityType,
                id, toJson(before), toJson(after), head.lastHash(), salt);
        em.persist(entry);
        head.advance(entry);
    }

    /**
     * Walks the chain in order and recomputes every hash, up to the head as it stood when the walk
     * began (entries appended meanwhile are checked next time): each entry must carry the next
     * number, follow the previous hash and match its own hash, and the last must be the head.
     */
    @Transactional(TxType.SUPPORTS)
    public Verification verify() {
        AuditHead head = em.find(AuditHead.class, AuditHead.ID);
        long end = head.entries();
        String endHash = head.lastHash();
        em.clear();
        String expectedPrev = AuditChain.GENESIS;
        long count = 0;
        while (count < end) {
            List<AuditEntry> batch = em.createQuery(
                    "SELECT e FROM AuditEntry e WHERE e.seq > :after AND e.seq <= :end ORDER BY e.seq", AuditEntry.class)
                    .setParameter("after", count)
                    .setParameter("end", end)
                    .setMaxResults(BATCH)
                    .getResultList();
            if (batch.isEmpty()) {
                break;
            }
            for (AuditEntry entry : batch) {
                if (!entry.isIntactAfter(count + 1, expectedPrev)) {
                    return new Verification(false, count, entry.getId(), "entry " + entry.getId() + " (number "
                            + entry.getSeq() + ") does not match its hash or does not follow the entry before it");
                }
                expectedPrev = entry.getHash();
                count++;
            }
            em.clear();
        }
        if (count != end || !expectedPrev.equals(endHash)) {
            return new Verification(false, count, null,
                    "the log ends after " + count + " entries but " + end + " were appended: entries were removed");
        }
        return new Verification(true, count, null, null);
    }

    /** The most recent entries first, a page at a time. */
    @Transactional(TxType.SUPPORTS)
    public List<AuditEntry> latest(int first, int max) {
        return em.createQuery("SELECT e FROM AuditEntry e ORDER BY e.seq DESC", AuditEntry.class)
                .setFirstResult(first).setMaxResults(max).getResultList();
    }

    @Transactional(TxType.SUPPORTS)
    public long count() {
        return em.createQuery("SELECT COUNT(e) FROM AuditEntry e", Long.class).getSingleResult();
    }

    private boolean isSealed(String entityType, String entityId) {
        for (AuditSeal seal : seals()) {
            if (!seal.sealed(entityType, java.util.Set.of(entityId)).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /** The seals to ask (every {@link AuditSeal} bean); the persistence tests give their own. */
    Iterable<AuditSeal> seals() {
        return seals;
    }

    private static String newSalt() {
        byte[] salt = new byte[32];
        RANDOM.nextBytes(salt);
        return java.util.HexFormat.of().formatHex(salt);
    }

    private String currentActor() {
        try {
            Principal principal = security.getCallerPrincipal();
            return principal == null ? "system" : principal.getName();
        } catch (RuntimeException outsideARequest) {
            return "system";
        }
    }

    /** States are kept as JSON text; a String is taken as it is. */
    private static String toJson(Object state) {
        if (state == null || state instanceof String) {
            return (String) state;
        }
        return JSON.toJson(state);
    }

    private static String truncate(String actor) {
        return actor == null ? "anonymous" : actor.length() > 64 ? actor.substring(0, 64) : actor;
    }
}
