package org.jiebang.challenge;

import java.util.Set;

import org.jiebang.platform.i18n.Wording;

/**
 * CDI event, fired in the transaction of an amendment, a cancellation or a published answer: news
 * for everyone following a challenge. Askers are notified by the challenge service
 * ({@code notified}); the bid capability observes it to tell the teams bidding on it.
 */
public record ChallengeNews(long challengeId, String kind, Wording text, String link, Set<Long> notified) {
}
