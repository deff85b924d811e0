package org.jiebang.contract;

import jakarta.persistence.EntityManager;

import org.eclipse.persistence.config.QueryHints;
import org.eclipse.persistence.config.QueryType;

/**
 * How a contract is read for its pages and documents: with its milestones and signatures in one
 * statement (its indicators and partners are in its row), and none if the persistence context
 * holds the contract already.
 */
public final class ContractReads {

    private ContractReads() {
    }

    /** The contract with this id, or null. */
    public static Contract whole(EntityManager em, long id) {
        // (joined, the collections keep their order only by the query's: milestones by position, signatures by time)
        return em.createQuery("SELECT k FROM Contract k LEFT JOIN FETCH k.milestones m LEFT JOIN FETCH k.signatures s"
                + " WHERE k.id = :id ORDER BY m.position, s.signedAt, s.id", Contract.class).setParameter("id", id)
                .setHint(QueryHints.QUERY_TYPE, QueryType.ReadObject).getResultStream().findFirst().orElse(null);
    }
}
