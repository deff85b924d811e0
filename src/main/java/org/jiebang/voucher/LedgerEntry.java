package org.jiebang.voucher;

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

/**
 * One movement of a voucher's ledger (SPEC §7); the balance is the sum of the amounts:
 * {@code ISSUE} (+ the amount), {@code HOLD} (− a redemption requested), {@code RELEASE}
 * (+ a hold lifted: refused, or turned into the settlement), {@code SETTLE} (− paid to the provider).
 */
@Entity
@Table(name = "voucher_ledger")
public class LedgerEntry {

    /** The kinds of movement. */
    public enum Kind {
        ISSUE, HOLD, RELEASE, SETTLE
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "voucher_id", nullable = false, updatable = false)
    private Long voucherId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16, updatable = false)
    private Kind kind;

    @Column(nullable = false, precision = 18, scale = 2, updatable = false)
    private BigDecimal amount;

    @Column(name = "redemption_id", updatable = false)
    private Long redemptionId;

    @Column(name = "booked_at", nullable = false, updatable = false)
    private Instant bookedAt;

    @Column(name = "booked_by", nullable = false, length = 64, updatable = false)
    private String bookedBy;

    protected LedgerEntry() {
    }

    /** A movement; {@code amount} is positive, its sign follows from {@code kind}. */
    public LedgerEntry(long voucherId, Kind kind, BigDecimal amount, Long redemptionId, Instant bookedAt, String bookedBy) {
        this.voucherId = voucherId;
        this.kind = kind;
        BigDecimal magnitude = amount.abs().setScale(2);
        this.amount = kind == Kind.ISSUE || kind == Kind.RELEASE ? magnitude : magnitude.negate();
        this.redemptionId = redemptionId;
        this.bookedAt = bookedAt;
        this.bookedBy = bookedBy;
    }

    public Long getId() {
        return id;
    }

    public Long getVoucherId() {
        return voucherId;
    }

    public Kind getKind() {
        return kind;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public Long getRedemptionId() {
        return redemptionId;
    }

    public Instant getBookedAt() {
        return bookedAt;
    }

    public String getBookedBy() {
        return bookedBy;
    }
}
