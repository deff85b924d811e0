package org.jiebang.bid;

import java.io.Serializable;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One receipt given for a submission; a resubmission gives a new one, and all are kept. */
@Entity
@Table(name = "bid_receipt")
public class BidReceipt implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "bid_id", nullable = false, updatable = false)
    private Long bidId;

    @Column(name = "submitted_at", nullable = false, updatable = false)
    private Instant submittedAt;

    @Column(nullable = false, updatable = false, length = 64)
    private String sha256;

    @Column(name = "submitted_by", nullable = false, updatable = false)
    private Long submittedBy;

    protected BidReceipt() {
    }

    BidReceipt(Bid bid, long submittedBy) {
        this.bidId = bid.getId();
        this.submittedAt = bid.getSubmittedAt();
        this.sha256 = bid.getReceiptSha256();
        this.submittedBy = submittedBy;
    }

    public Long getId() {
        return id;
    }

    public Long getBidId() {
        return bidId;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public String getSha256() {
        return sha256;
    }

    public Long getSubmittedBy() {
        return submittedBy;
    }
}
