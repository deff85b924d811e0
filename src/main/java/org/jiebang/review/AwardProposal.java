package org.jiebang.review;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.jiebang.platform.error.Conflict;
import org.jiebang.platform.error.RuleBroken;
import org.jiebang.platform.error.WrongState;
import org.jiebang.platform.persistence.JsonLongs;

/**
 * Staff's proposal to award bids (SPEC §5), and its public notice (公示). Lifecycle: {@code NOTICE}
 * from the proposal until {@link #noticeEndsAt}; an upheld objection {@code WITHDRAWN}s it (the
 * challenge returns to evaluation); {@link #makeFinal} makes it {@code FINAL} once the notice is
 * over and no objection is open.
 */
@Entity
@Table(name = "award_proposal")
public class AwardProposal {

    public enum Status {
        NOTICE, WITHDRAWN, FINAL
    }

    public static final int JUSTIFICATION_LENGTH = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "challenge_id", nullable = false, updatable = false)
    private Long challengeId;

    @Column(name = "proposed_at", nullable = false, updatable = false)
    private Instant proposedAt;

    @Column(name = "proposed_by", nullable = false, updatable = false, length = 64)
    private String proposedBy;

    private String justification;

    @Column(name = "follows_ranking", nullable = false)
    private boolean followsRanking;

    @Column(name = "notice_ends_at", nullable = false)
    private Instant noticeEndsAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Status status = Status.NOTICE;

    @Column(name = "finalized_at")
    private Instant finalizedAt;

    /** the proposed bids in the proposal's order, kept in its row (V020), replaced whole (JsonList) */
    @Convert(converter = JsonLongs.class)
    @Column(name = "bid_ids")
    private List<Long> bidIds = new ArrayList<>();

    protected AwardProposal() {
    }

    /**
     * A proposal of {@code bidIds} (1 to {@code maxAwards}); {@code followsRanking} says whether they
     * are the top of the ranking. SPEC §5: a justification is mandatory when they are not.
     */
    public AwardProposal(Long challengeId, List<Long> bidIds, int maxAwards, boolean followsRanking,
            String justification, String proposedBy, Instant now, Instant noticeEndsAt) {
        if (bidIds.isEmpty() || bidIds.size() > maxAwards) {
            throw new RuleBroken("AWARD_COUNT", "bidIds", "Propose from 1 to " + maxAwards + " bids (maxAwards).");
        }
        String reason = justification == null || justification.isBlank() ? null : justification.strip();
        if (!followsRanking && reason == null) {
            throw new RuleBroken("JUSTIFICATION_REQUIRED", "justification",
                    "The proposal departs from the ranking, so it needs a justification.");
        }
        if (reason != null && reason.length() > JUSTIFICATION_LENGTH) {
            throw new org.jiebang.platform.error.InvalidInput("justification", "at most " + JUSTIFICATION_LENGTH + " characters");
        }
        this.challengeId = challengeId;
        this.bidIds = new ArrayList<>(new LinkedHashSet<>(bidIds));
        this.followsRanking = followsRanking;
        this.justification = reason;
        this.proposedBy = proposedBy;
        this.proposedAt = now;
        this.noticeEndsAt = noticeEndsAt;
    }

    /** Whether objections are taken at {@code now}: during the notice. */
    public boolean isNoticeRunning(Instant now) {
        return status == Status.NOTICE && now.isBefore(noticeEndsAt);
    }

    /** An upheld objection withdraws the proposal. */
    public void withdraw() {
        if (status != Status.NOTICE) {
            throw new WrongState("award proposal", status, Status.WITHDRAWN);
        }
        status = Status.WITHDRAWN;
    }

    /**
     * Makes the award final: refused (409) before the notice ends or while an objection is open.
     */
    public void makeFinal(Instant now, long openObjections) {
        if (status != Status.NOTICE) {
            throw new WrongState("award proposal", status, Status.FINAL);
        }
        if (now.isBefore(noticeEndsAt)) {
            String ends = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
                    .withZone(org.jiebang.platform.config.Clocks.DISPLAY_ZONE).format(noticeEndsAt);
            throw new Conflict("NOTICE_RUNNING", null, "The public notice runs until " + ends
                    + " (Asia/Shanghai); the award can be made final after it.", ends);
        }
        if (openObjections > 0) {
            throw new Conflict("OBJECTION_OPEN", null, openObjections + " objection(s) still open: resolve every"
                    + " objection before making the award final.", openObjections);
        }
        status = Status.FINAL;
        finalizedAt = now;
    }

    public Long getId() {
        return id;
    }

    public Long getChallengeId() {
        return challengeId;
    }

    public Instant getProposedAt() {
        return proposedAt;
    }

    public String getProposedBy() {
        return proposedBy;
    }

    public String getJustification() {
        return justification;
    }

    public boolean isFollowsRanking() {
        return followsRanking;
    }

    public Instant getNoticeEndsAt() {
        return noticeEndsAt;
    }

    public Status getStatus() {
        return status;
    }

    public Instant getFinalizedAt() {
        return finalizedAt;
    }

    public Set<Long> getBidIds() {
        return Set.copyOf(bidIds);
    }

    /** The proposed bids in the order they were given. */
    public List<Long> bidIdsInOrder() {
        return List.copyOf(bidIds);
    }
}
