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

/**
 * Audit entries about a bid are sealed until it opens (SPEC §4): before the close, and for good
 * when it never opens (a draft or a withdrawn bid), as {@link BidAccess} keeps its content.
 */
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
        if (ids.size() == 1 && entityIds.size() == 1) {
            // one bid, as each audit entry about a bid asks: the write that records it holds the bid already
            Bid bid = em.find(Bid.class, ids.get(0));
            return bid != null && bid.getStatus().isOpened() ? Set.of() : sealed;
        }
        if (!ids.isEmpty()) {
            em.createQuery("SELECT b.id FROM Bid b WHERE b.id IN :ids AND b.status IN :opened", Long.class)
                    .setParameter("ids", ids).setParameter("opened", BidStatus.OPENED_STATES).getResultList()
                    .forEach(open -> sealed.remove(open.toString()));
        }
        return sealed;
    }
}
