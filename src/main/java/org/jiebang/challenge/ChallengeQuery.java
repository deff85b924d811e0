package org.jiebang.challenge;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * What the challenge hall and {@code GET /api/v1/challenges} ask for (SPEC §9, §10): words,
 * filters, sort and page. Every part is optional.
 *
 * @param q        words in Chinese or English, found in title, summary, problem, indicators, keywords
 * @param field    technology-domain code
 * @param region   administrative division code; {@code 330000} finds the whole province, {@code 330400} the city
 * @param status   one public status; null for all public ones
 * @param sort     {@code newest} (default without words), {@code relevance} (default with words),
 *                 {@code budget} (highest first), {@code deadline} (soonest first)
 */
public record ChallengeQuery(String q, String field, String region, ChallengeStatus status, BigDecimal minBudget,
        BigDecimal maxBudget, Instant deadlineFrom, Instant deadlineTo, String sort, int page, int size) {

    public static final int MAX_SIZE = 100;

    public ChallengeQuery {
        q = q == null || q.isBlank() ? null : q.strip();
        field = field == null || field.isBlank() ? null : field.strip();
        region = region == null || region.isBlank() ? null : region.strip();
        page = Math.max(page, 0);
        size = size <= 0 ? 20 : Math.min(size, MAX_SIZE);
        sort = sort == null || sort.isBlank() ? (q == null ? "newest" : "relevance") : sort;
    }

    public static ChallengeQuery all(int page, int size) {
        return new ChallengeQuery(null, null, null, null, null, null, null, null, null, page, size);
    }
}
