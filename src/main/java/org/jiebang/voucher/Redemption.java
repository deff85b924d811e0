package org.jiebang.voucher;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.jiebang.platform.error.Conflict;
import org.jiebang.platform.persistence.BaseEntity;

/**
 * A firm's request to pay part of what it owes on a contract with a voucher (SPEC §7):
 * {@code PENDING} until staff decide; {@code SETTLED} (the provider is paid, a payment recorded on
 * the contract) or {@code REFUSED} (the hold released).
 */
@Entity
@Table(name = "voucher_redemption")
public class Redemption extends BaseEntity {

    /** The states of a redemption. */
    public enum Status {
        PENDING, SETTLED, REFUSED
    }

    @Column(name = "voucher_id", nullable = false, updatable = false)
    private Long voucherId;

    @Column(name = "contract_id", nullable = false, updatable = false)
    private Long contractId;

    @Column(name = "milestone_id", nullable = false, updatable = false)
    private Long milestoneId;

    @Column(nullable = false, precision = 18, scale = 2, updatable = false)
    private BigDecimal amount;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Status status = Status.PENDING;

    @Column(name = "requested_by", nullable = false, updatable = false)
    private Long requestedBy;

    @Column(name = "requested_at", nullable = false, updatable = false)
    private Instant requestedAt;

    @Column(name = "decided_by", length = 64)
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(length = 2000)
    private String reason;

    @Column(name = "payment_id")
    private Long paymentId;

    protected Redemption() {
    }

    public Redemption(long voucherId, long contractId, long milestoneId, BigDecimal amount, long requestedBy, Instant requestedAt) {
        this.voucherId = voucherId;
        this.contractId = contractId;
        this.milestoneId = milestoneId;
        this.amount = amount.setScale(2);
        this.requestedBy = requestedBy;
        this.requestedAt = requestedAt;
    }

    /** Staff approve: the provider was paid by {@code paymentId}. */
    public void settle(long paymentId, String staff, Instant now) {
        requirePending();
        this.status = Status.SETTLED;
        this.paymentId = paymentId;
        this.decidedBy = staff;
        this.decidedAt = now;
    }

    /** Staff refuse, with a reason. */
    public void refuse(String reason, String staff, Instant now) {
        requirePending();
        this.status = Status.REFUSED;
        this.reason = reason;
        this.decidedBy = staff;
        this.decidedAt = now;
    }

    private void requirePending() {
        if (status != Status.PENDING) {
            throw new Conflict("ALREADY_DECIDED", null, "This redemption was decided already: " + status + ".", status);
        }
    }

    public Long getVoucherId() {
        return voucherId;
    }

    public Long getContractId() {
        return contractId;
    }

    public Long getMilestoneId() {
        return milestoneId;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public Status getStatus() {
        return status;
    }

    public Long getRequestedBy() {
        return requestedBy;
    }

    public Instant getRequestedAt() {
        return requestedAt;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getReason() {
        return reason;
    }

    public Long getPaymentId() {
        return paymentId;
    }
}
