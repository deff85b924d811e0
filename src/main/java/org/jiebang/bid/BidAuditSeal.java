package org.jiebang.bid;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.jiebang.platform.audit.AuditSeal;

/** Audit entries about a bid are sealed until bidding on its challenge has closed (SPEC §4). */
@ApplicationScoped
public class BidAuditSeal implements AuditSeal {

    @PersistenceContext
    EntityManager em;

    @Override
    @Transactional(TxType.SUPPORTS)
    public boolean isSealed(String entityType, String entityId) {
        if (!"Bid".equals(entityType) || entityId == null) {
            return false;
        }
        long id;
        try {
            id = Long.parseLong(entityId);
        } catch (NumberFormatException e) {
            return true;
        }
        List<Instant> closed = em.createQuery("SELECT b.challenge.closedAt FROM Bid b WHERE b.id = :id", Instant.class)
                .setParameter("id", id).getResultList();
        return closed.isEmpty() || closed.get(0) == null;
    }
}
