package org.jiebang.contract;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A payment the firm made on an accepted milestone (SPEC §6), directly or through a voucher (SPEC §7). */
@Entity
@Table(name = "contract_payment")
public class Payment {

    /** Who funded it: the firm itself, or an innovation voucher it redeemed. */
    public enum Source {
        DIRECT, VOUCHER
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "contract_id", nullable = false, updatable = false)
    private Long contractId;

    @Column(name = "milestone_id", nullable = false, updatable = false)
    private Long milestoneId;

    @Column(nullable = false, precision = 18, scale = 2, updatable = false)
    private BigDecimal amount;

    @Column(name = "paid_at", nullable = false, updatable = false)
    private Instant paidAt;

    @Column(name = "recorded_by", nullable = false, updatable = false)
    private Long recordedBy;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16, updatable = false)
    private Source source;

    @Column(name = "redemption_id", updatable = false)
    private Long redemptionId;

    protected Payment() {
    }

    public Payment(long contractId, long milestoneId, BigDecimal amount, Instant paidAt, long recordedBy, Source source,
            Long redemptionId) {
        this.contractId = contractId;
        this.milestoneId = milestoneId;
        this.amount = amount.setScale(2);
        this.paidAt = paidAt;
        this.recordedBy = recordedBy;
        this.source = source;
        this.redemptionId = redemptionId;
    }

    /** A payment as a native statement read it ({@code ContractNames}): for reading only, never persisted. */
    static Payment read(long id, long contractId, long milestoneId, BigDecimal amount, Instant paidAt, long recordedBy,
            Source source, Long redemptionId) {
        Payment p = new Payment(contractId, milestoneId, amount, paidAt, recordedBy, source, redemptionId);
        p.id = id;
        return p;
    }

    public Long getId() {
        return id;
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

    public Instant getPaidAt() {
        return paidAt;
    }

    public Long getRecordedBy() {
        return recordedBy;
    }

    public Source getSource() {
        return source;
    }

    public Long getRedemptionId() {
        return redemptionId;
    }
}
