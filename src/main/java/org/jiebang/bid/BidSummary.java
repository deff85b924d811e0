package org.jiebang.bid;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;

/** A row of the work lists ("my bids", the organization's bids): no sealed content beyond the team's own. */
public record BidSummary(long id, long challengeId, String challengeTitle, Instant deadline, String challengeStatus,
        String leadOrganizationName, String principalName, BidStatus status, BigDecimal price, Instant submittedAt,
        String receiptSha256, Instant updatedAt) implements Serializable {

    static BidSummary of(Bid bid) {
        return new BidSummary(bid.getId(), bid.getChallenge().getId(), bid.getChallenge().getTitle(),
                bid.getChallenge().getDeadline(), bid.getChallenge().getStatus().name(), bid.getLead().getName(),
                bid.getPrincipal().getName(), bid.getStatus(), bid.getPrice(), bid.getSubmittedAt(),
                bid.getReceiptSha256(), bid.getUpdatedAt());
    }
}
