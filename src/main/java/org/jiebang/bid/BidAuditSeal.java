package org.jiebang.bid;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

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
    public Set<String> sealed(String entityType, Collection<String> entityIds) {
        if (!"Bid".equals(entityType) || entityIds.isEmpty()) {
            return Set.of();
        }
        // an id that is no number, or names no bid, stays sealed: nothing is shown that might be one
        Set<String> sealed = new HashSet<>(entityIds);
        List<Long> ids = entityIds.stream().filter(id -> id.matches("\\d{1,18}")).map(Long::valueOf).toList();
        if (!ids.isEmpty()) {
            em.createQuery("SELECT b.id FROM Bid b WHERE b.id IN :ids AND b.challenge.closedAt IS NOT NULL", Long.class)
                    .setParameter("ids", ids).getResultList().forEach(open -> sealed.remove(open.toString()));
        }
        return sealed;
    }
}
