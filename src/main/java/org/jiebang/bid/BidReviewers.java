package org.jiebang.bid;

/**
 * Who reviews a bid, as the review capability decides it (SPEC §5): bids ask through this
 * interface, which review implements, so that no import runs from bids to review.
 */
public interface BidReviewers {

    /** Whether the user reviews this bid: on the challenge's active panel and no conflict declared for it. */
    boolean reviews(long challengeId, long bidId, long userId);

    /** Whether the challenge's reviewers may see prices (two-envelope: only once every technical score is in). */
    boolean priceOpen(long challengeId);
}
