package org.jiebang.bid;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.jiebang.challenge.BidOpening;
import org.jiebang.platform.audit.AuditLog;
import org.jiebang.platform.i18n.Wording;
import org.jiebang.platform.notify.Notifications;

/**
 * SPEC §5: when bidding closes, in the closing transaction and under the challenge's row lock,
 * every submitted bid opens and its submitter is told; drafts and withdrawn bids never open.
 */
@ApplicationScoped
public class BidOpener implements BidOpening {

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditLog audit;

    @Inject
    Notifications notifications;

    @Override
    @Transactional(TxType.MANDATORY)
    public int openSubmitted(long challengeId, Instant closedAt) {
        List<Bid> submitted = em.createQuery("SELECT b FROM Bid b WHERE b.challenge.id = :id AND b.status = :submitted",
                Bid.class).setParameter("id", challengeId).setParameter("submitted", BidStatus.SUBMITTED)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
        for (Bid bid : submitted) {
            var before = bid.auditState();
            bid.open(closedAt);
            audit.record("system", "BID_OPENED", "Bid", bid.getId(), before, bid.auditState());
            notifications.notify(List.of(bid.getCreatedBy()), "BID_OPENED", bid.getId(),
                    Wording.of("notify.BID_OPENED", bid.getChallenge().getTitle()), "/bid/view?id=" + bid.getId());
        }
        return submitted.size();
    }
}
