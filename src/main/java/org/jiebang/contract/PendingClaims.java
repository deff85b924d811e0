package org.jiebang.contract;

import java.math.BigDecimal;
import java.util.Map;

/**
 * Amounts that another capability has claimed of a contract's milestones and not yet paid (the
 * voucher redemptions waiting for staff, SPEC §7). The contract capability owns this interface;
 * the voucher capability, downstream, implements it, so that a direct payment never takes what a
 * pending redemption holds.
 */
public interface PendingClaims {

    /**
     * What is claimed of each milestone of the contract, by milestone id, read with a locking read
     * (the caller holds the contract's lock); {@code except} leaves out one claim (the one being
     * settled), or null.
     */
    Map<Long, BigDecimal> pendingOn(long contractId, Long except);
}
