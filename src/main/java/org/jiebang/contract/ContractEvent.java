package org.jiebang.contract;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A dated entry of a contract's timeline: drafted, changed, signed, registered, a milestone
 * submitted, rejected or accepted, paid, a voucher used, closed or terminated.
 */
@Entity
@Table(name = "contract_event")
public class ContractEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "contract_id", nullable = false, updatable = false)
    private Long contractId;

    @Column(name = "happened_at", nullable = false, updatable = false)
    private Instant happenedAt;

    /** DRAFTED, CHANGED, SIGNED, SIGNATURES_VOIDED, REGISTERED, SUBMITTED, REJECTED, ACCEPTED, PAID, VOUCHER_REQUESTED, VOUCHER_REFUSED, CLOSED, TERMINATION_AGREED, TERMINATED, GATE_CONTINUED */
    @Column(nullable = false, length = 32, updatable = false)
    private String kind;

    @Column(name = "milestone_id", updatable = false)
    private Long milestoneId;

    @Column(name = "user_id", updatable = false)
    private Long userId;

    @Column(precision = 18, scale = 2, updatable = false)
    private BigDecimal amount;

    @Column(length = 2000, updatable = false)
    private String detail;

    protected ContractEvent() {
    }

    public ContractEvent(long contractId, Instant happenedAt, String kind, Long milestoneId, Long userId, BigDecimal amount,
            String detail) {
        this.contractId = contractId;
        this.happenedAt = happenedAt;
        this.kind = kind;
        this.milestoneId = milestoneId;
        this.userId = userId;
        this.amount = amount;
        this.detail = detail == null || detail.length() <= 2000 ? detail : detail.substring(0, 2000);
    }

    public Long getId() {
        return id;
    }

    public Long getContractId() {
        return contractId;
    }

    public Instant getHappenedAt() {
        return happenedAt;
    }

    public String getKind() {
        return kind;
    }

    public Long getMilestoneId() {
        return milestoneId;
    }

    public Long getUserId() {
        return userId;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public String getDetail() {
        return detail;
    }
}
