package org.jiebang.challenge;

import java.util.Set;

/**
 * CDI event, fired in the transaction of an amendment or a published answer: news for everyone
 * following a challenge. Askers are notified by the challenge service ({@code notified}); the bid
 * capability observes it to tell the teams bidding on it.
 */
public record ChallengeNews(long challengeId, String kind, String textZh, String textEn, String link,
        Set<Long> notified) {
}
