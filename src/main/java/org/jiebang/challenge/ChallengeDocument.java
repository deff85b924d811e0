package org.jiebang.challenge;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** What the search index knows of a challenge. */
public record ChallengeDocument(long id, String title, String summary, String problem, String background,
        String ownerName, String industry, List<Indicator> indicators, List<String> keywords, String field,
        String region, ChallengeStatus status, BigDecimal budget, Instant deadline, Instant publishedAt) {

    public static ChallengeDocument of(Challenge c) {
        return new ChallengeDocument(c.getId(), c.getTitle(), c.getSummary(), c.getProblem(), c.getBackground(),
                c.getOwner().getName(), c.getIndustry(), c.getIndicators(), c.getKeywords(), c.getField(),
                c.getRegion(), c.getStatus(), c.getBudget(), c.getDeadline(), c.getPublishedAt());
    }
}
