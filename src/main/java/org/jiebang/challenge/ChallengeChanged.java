package org.jiebang.challenge;

/** CDI event: a challenge's public content or status changed (fired by {@link ChallengeService}). */
public record ChallengeChanged(long challengeId, ChallengeStatus status) {
}
