package org.jiebang.review;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.jiebang.platform.error.InvalidInput;
import org.jiebang.platform.error.RuleBroken;
import org.jiebang.platform.error.WrongState;

/**
 * An objection to an award proposal (异议, SPEC §5), lodged by a bidder during the notice and
 * resolved by staff: upheld (the challenge returns to evaluation) or dismissed with a reason the
 * objector reads. When another objection is upheld, the open ones lapse ({@code MOOT}). The
 * public notice lists every objection and its resolution, never who lodged it.
 */
@Entity
@Table(name = "objection")
public class Objection {

    public enum Status {
        OPEN, UPHELD, DISMISSED, MOOT
    }

    public static final int TEXT_LENGTH = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "challenge_id", nullable = false, updatable = false)
    private Long challengeId;

    @Column(name = "proposal_id", nullable = false, updatable = false)
    private Long proposalId;

    @Column(name = "bid_id", nullable = false, updatable = false)
    private Long bidId;

    /** never shown outside staff: the notice lists objections without the objector */
    @Column(name = "objector_id", nullable = false, updatable = false)
    private Long objectorId;

    @Column(nullable = false, length = TEXT_LENGTH)
    private String reason;

    @Column(name = "lodged_at", nullable = false)
    private Instant lodgedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Status status = Status.OPEN;

    @Column(length = TEXT_LENGTH)
    private String resolution;

    @Column(name = "resolved_at")
    private Instant resolvedAt;

    @Column(name = "resolved_by", length = 64)
    private String resolvedBy;

    protected Objection() {
    }

    public Objection(Long challengeId, Long proposalId, Long bidId, Long objectorId, String reason, Instant now) {
        this.challengeId = challengeId;
        this.proposalId = proposalId;
        this.bidId = bidId;
        this.objectorId = objectorId;
        this.reason = required(reason, "reason");
        this.lodgedAt = now;
    }

    /** Staff resolve it: upheld or dismissed, with a reason either way. */
    public void resolve(boolean upheld, String why, String staff, Instant now) {
        if (status != Status.OPEN) {
            throw new WrongState("objection", status, upheld ? Status.UPHELD : Status.DISMISSED);
        }
        resolution = required(why, "reason");
        status = upheld ? Status.UPHELD : Status.DISMISSED;
        resolvedAt = now;
        resolvedBy = staff;
    }

    /** Another objection was upheld and the proposal withdrawn: this one lapses. */
    public void lapse(Instant now) {
        if (status == Status.OPEN) {
            status = Status.MOOT;
            resolvedAt = now;
        }
    }

    private static String required(String text, String field) {
        if (text == null || text.isBlank()) {
            throw new RuleBroken("REASON_REQUIRED", field, "A reason is required.");
        }
        if (text.strip().length() > TEXT_LENGTH) {
            throw new InvalidInput(field, "at most " + TEXT_LENGTH + " characters");
        }
        return text.strip();
    }

    public Long getId() {
        return id;
    }

    public Long getChallengeId() {
        return challengeId;
    }

    public Long getProposalId() {
        return proposalId;
    }

    public Long getBidId() {
        return bidId;
    }

    public Long getObjectorId() {
        return objectorId;
    }

    public String getReason() {
        return reason;
    }

    public Instant getLodgedAt() {
        return lodgedAt;
    }

    public Status getStatus() {
        return status;
    }

    public String getResolution() {
        return resolution;
    }

    public Instant getResolvedAt() {
        return resolvedAt;
    }
}
