package org.jiebang.bid;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.jiebang.challenge.ChallengeService.AttachmentView;

/** A bid as its team, and after the opening those who evaluate it, see it (SPEC §10 field names). */
public record BidView(Long id, long challengeId, String challengeTitle, Instant deadline, long leadOrganizationId,
        String leadOrganizationName, BidStatus status, Principal principal, List<TeamMember> members,
        List<Long> partnerOrganizationIds, List<Partner> partners, String approach,
        List<IndicatorResponse> indicatorResponses, BigDecimal price, Integer durationMonths,
        List<ProposedMilestone> milestones, List<AttachmentView> attachments, Receipt receipt, Instant createdAt,
        Instant updatedAt, Instant openedAt, String disqualifyReason, boolean priceSealed) implements Serializable {

    /** A partner organization, by id and name. */
    public record Partner(long id, String name) implements Serializable {
    }

    /** The receipt of the latest submission: the server's time and the SHA-256 of the canonical content. */
    public record Receipt(Instant submittedAt, String sha256) implements Serializable {
    }

    static BidView of(Bid bid, List<Partner> partners, boolean priceSealed) {
        return new BidView(bid.getId(), bid.getChallenge().getId(), bid.getChallenge().getTitle(),
                bid.getChallenge().getDeadline(), bid.getLead().getId(), bid.getLead().getName(), bid.getStatus(),
                bid.getPrincipal().copy(), bid.getMembers().stream().map(TeamMember::copy).toList(),
                bid.getPartnerOrganizationIds().stream().sorted().toList(), partners, bid.getApproach(),
                bid.getIndicatorResponses().stream().map(IndicatorResponse::copy).toList(), priceSealed ? null : bid.getPrice(),
                bid.getDurationMonths(), bid.getMilestones().stream().map(ProposedMilestone::copy).toList(),
                bid.getAttachments().stream().map(AttachmentView::of).toList(),
                // the receipt hashes the content, price included: with the price sealed a hash would let it be guessed
                priceSealed || bid.getReceiptSha256() == null || bid.getStatus() == BidStatus.DRAFT ? null
                        : new Receipt(bid.getSubmittedAt(), bid.getReceiptSha256()),
                bid.getCreatedAt(), bid.getUpdatedAt(), bid.getOpenedAt(), bid.getDisqualifyReason(), priceSealed);
    }
}
