package org.jiebang.bid;

import jakarta.persistence.EntityManager;

import org.eclipse.persistence.config.QueryHints;
import org.eclipse.persistence.config.QueryType;

/**
 * How a bid is read wherever who may see it is checked: with its challenge, the challenge's owner
 * and its lead organization, which every such check reads, and its attachments, which every view
 * of it lists, in one statement; none if the persistence context holds the bid already.
 */
public final class BidReads {

    private BidReads() {
    }

    /** The bid with this id, or null. */
    public static Bid withChallengeAndLead(EntityManager em, long bidId) {
        return em.createQuery("SELECT b FROM Bid b WHERE b.id = :id", Bid.class).setParameter("id", bidId)
                .setHint(QueryHints.QUERY_TYPE, QueryType.ReadObject)
                .setHint(QueryHints.FETCH, "b.challenge").setHint(QueryHints.FETCH, "b.challenge.owner")
                .setHint(QueryHints.FETCH, "b.lead").setHint(QueryHints.LEFT_FETCH, "b.attachments").getResultStream().findFirst().orElse(null);
    }
}
