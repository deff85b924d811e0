package org.jiebang.voucher;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.jiebang.contract.PendingClaims;

/** The pending redemptions of every voucher on a contract, as the claims the contract counts as paid. */
@ApplicationScoped
public class VoucherClaims implements PendingClaims {

    @PersistenceContext
    EntityManager em;

    @Override
    @Transactional(TxType.MANDATORY)
    public Map<Long, BigDecimal> pendingOn(long contractId, Long except) {
        Map<Long, BigDecimal> claimed = new HashMap<>();
        em.createQuery("SELECT r FROM Redemption r WHERE r.contractId = :c AND r.status = :p", Redemption.class)
                .setParameter("c", contractId).setParameter("p", Redemption.Status.PENDING)
                .setLockMode(LockModeType.PESSIMISTIC_READ).getResultList().stream()
                .filter(r -> except == null || !except.equals(r.getId()))
                .forEach(r -> claimed.merge(r.getMilestoneId(), r.getAmount(), BigDecimal::add));
        return claimed;
    }
}
