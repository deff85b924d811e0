package org.jiebang.challenge;

import java.time.Instant;

/**
 * What the close of bidding needs from bids (SPEC §5): that the submitted ones open. The challenge
 * owns the close and decides {@code EVALUATING} or {@code FAILED} from the answer; the bid
 * capability implements this, so that no call runs back from bids into challenges.
 */
public interface BidOpening {

    /** Opens every submitted bid of the challenge in the closing transaction; answers how many opened. */
    int openSubmitted(long challengeId, Instant closedAt);
}
