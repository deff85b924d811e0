package org.jiebang.bid;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.jiebang.account.SealedWork;
import org.jiebang.challenge.ChallengeStatus;

/** An organization's live bids (drafts and submitted ones) on challenges still open are sealed work (SPEC §4). */
@ApplicationScoped
public class BidSealedWork implements SealedWork {

    @PersistenceContext
    EntityManager em;

    @Override
    @Transactional(TxType.MANDATORY)
    public boolean hasSealedWork(long organizationId) {
        return !em.createQuery("SELECT b.id FROM Bid b WHERE b.lead.id = :org AND b.status IN :live"
                + " AND b.challenge.status = :published", Long.class)
                .setParameter("org", organizationId)
                .setParameter("live", List.of(BidStatus.DRAFT, BidStatus.SUBMITTED))
                .setParameter("published", ChallengeStatus.PUBLISHED)
                .setMaxResults(1).getResultList().isEmpty();
    }
}
