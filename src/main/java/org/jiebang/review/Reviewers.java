package org.jiebang.review;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.jiebang.bid.BidReviewers;
import org.jiebang.challenge.Challenge;

/** Tells the bid capability who reviews a bid and whether its price is open to reviewers (SPEC §5). */
@ApplicationScoped
public class Reviewers implements BidReviewers {

    @PersistenceContext
    EntityManager em;

    @Inject
    ReviewService review;

    @Override
    @Transactional(TxType.SUPPORTS)
    public boolean reviews(long challengeId, long bidId, long userId) {
        return review.reviews(bidId, userId);
    }

    /** Two-envelope: the price opens when every technical score is in; otherwise it is never closed. */
    @Override
    @Transactional(TxType.SUPPORTS)
    public boolean priceOpen(long challengeId) {
        Challenge challenge = em.find(Challenge.class, challengeId);
        return challenge == null || ReviewService.priceScored(challenge) || review.rankingOf(challenge).complete();
    }
}
