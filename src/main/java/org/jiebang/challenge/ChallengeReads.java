package org.jiebang.challenge;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import org.eclipse.persistence.config.QueryHints;
import org.eclipse.persistence.config.QueryType;

/**
 * How a challenge is read wherever who may see it is checked: with its owner, which every such
 * check reads, in one statement (its indicators and keywords are in its row), and none if the
 * persistence context holds the challenge already.
 */
public final class ChallengeReads {

    private ChallengeReads() {
    }

    /** The challenge with this id and its owner, or null. */
    public static Challenge withOwner(EntityManager em, long id) {
        return byId(em, id).getResultStream().findFirst().orElse(null);
    }

    /** The same with its attachments, where they are shown: still one statement. */
    public static Challenge withOwnerAndAttachments(EntityManager em, long id) {
        return byId(em, id).setHint(QueryHints.LEFT_FETCH, "c.attachments").getResultStream().findFirst().orElse(null);
    }

    private static TypedQuery<Challenge> byId(EntityManager em, long id) {
        return em.createQuery("SELECT c FROM Challenge c WHERE c.id = :id", Challenge.class).setParameter("id", id)
                .setHint(QueryHints.QUERY_TYPE, QueryType.ReadObject).setHint(QueryHints.FETCH, "c.owner");
    }
}
