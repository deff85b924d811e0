package org.jiebang.challenge;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;

/** A challenge in a list: the hall, "my challenges", the review queue. */
public record ChallengeSummary(Long id, String title, String summary, String field, String region, BigDecimal budget,
        Instant deadline, ChallengeStatus status, String ownerOrganizationName, Instant submittedAt,
        Instant publishedAt) implements Serializable {

    static final String SELECT = "SELECT NEW org.jiebang.challenge.ChallengeSummary(c.id, c.title, c.summary, c.field,"
            + " c.region, c.budget, c.deadline, c.status, o.name, c.submittedAt, c.publishedAt)"
            + " FROM Challenge c JOIN c.owner o";
}
