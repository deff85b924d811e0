package org.jiebang.bid;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.jiebang.account.SealedWork;
import org.jiebang.challenge.ChallengeStatus;

/**
 * An organization's bids not opened (drafts, submitted, withdrawn: a withdrawn bid may come back)
 * on challenges whose bidding is still open are sealed work (SPEC §4). Read with a locking read,
 * after the organization's row lock, so that a bid committed meanwhile is seen on MariaDB too.
 */
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
                .setParameter("live", BidStatus.UNOPENED_STATES)
                .setParameter("published", ChallengeStatus.PUBLISHED)
                .setLockMode(jakarta.persistence.LockModeType.PESSIMISTIC_READ)
                .setMaxResults(1).getResultList().isEmpty();
    }
}
