package org.jiebang.contract;

import jakarta.persistence.EntityManager;

/**
 * How a contract is read for its pages and documents: its milestones and signatures follow in one
 * statement each (batch reads, in their order), its indicators and partners are in its row.
 * <p>
 * Not joined into the contract's statement: read that way inside the server (woven lazy
 * references), a milestone's reference back to its contract came out empty after a signature,
 * and the page failed (JourneyBrowserIT); the batch reads keep the references whole.
 */
public final class ContractReads {

    private ContractReads() {
    }

    /** The contract with this id, or null. */
    public static Contract whole(EntityManager em, long id) {
        return em.find(Contract.class, id);
    }
}
