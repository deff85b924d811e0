package org.jiebang.challenge;

import java.time.Instant;

/** CDI event, fired in the closing transaction: bidding on a challenge closed at its deadline. */
public record ChallengeClosed(long challengeId, Instant closedAt) {
}
