package org.jiebang.review;

import java.util.List;

/**
 * Fired, within the awarding transaction, when staff make an award final (SPEC §5): downstream
 * capabilities (the contracts of SPEC §6) learn of it through this event only.
 *
 * @param challengeId the awarded challenge
 * @param bidIds the winning bids, in the order of the proposal
 */
public record ChallengeAwarded(long challengeId, List<Long> bidIds) {
}
