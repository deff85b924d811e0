package org.jiebang.demo;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.jiebang.bid.Bid;
import org.jiebang.bid.BidCanonical;
import org.jiebang.contract.ContractService;

/**
 * The hashes of the demo market as the app itself computes them: each submitted bid's receipt is
 * the SHA-256 of its canonical content, each signature the SHA-256 of the contract text the signer
 * was shown — so that the receipt and contract pages verify like any other.
 */
@ApplicationScoped
public class DemoSeals {

    @PersistenceContext
    EntityManager em;

    @Inject
    ContractService contracts;

    @Transactional
    public void seal(List<Long> bids, List<Long> signedContracts) {
        for (Long id : bids) {
            String sha = BidCanonical.sha256(em.find(Bid.class, id));
            em.createNativeQuery("UPDATE bid SET receipt_sha256 = ?1 WHERE id = ?2").setParameter(1, sha).setParameter(2, id)
                    .executeUpdate();
            em.createNativeQuery("UPDATE bid_receipt SET sha256 = ?1 WHERE bid_id = ?2").setParameter(1, sha)
                    .setParameter(2, id).executeUpdate();
        }
        for (Long id : signedContracts) {
            em.createNativeQuery("UPDATE contract_signature SET sha256 = ?1 WHERE contract_id = ?2")
                    .setParameter(1, contracts.textSha256(id)).setParameter(2, id).executeUpdate();
        }
        em.getEntityManagerFactory().getCache().evictAll();
    }
}
