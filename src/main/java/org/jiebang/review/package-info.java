/**
 * Expert review and award (评审, 公示, 挂帅; SPEC §5): the expert pool, a challenge's panel (drawn
 * at random or chosen), conflict declarations and scores, the ranking, the award proposal with
 * its public notice, objections, and the final award with feedback to every bidder. Downstream of
 * {@code bid}: bids learn who reviews them only through {@link org.jiebang.bid.BidReviewers}.
 */
package org.jiebang.review;
