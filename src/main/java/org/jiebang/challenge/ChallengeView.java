package org.jiebang.challenge;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A challenge as the API and the detail page show it (SPEC §10 names). {@code confidentialDetails}
 * is null for whoever may not read it; {@code reviewComments} only for its owner and staff.
 */
public record ChallengeView(Long id, String title, String summary, String background, String problem,
        List<Indicator> indicators, String field, String industry, String region, List<String> keywords,
        BigDecimal budget, Instant deadline, Integer durationMonths, String ipTerms, String confidentialDetails,
        boolean confidentialHidden, int maxAwards, Evaluation evaluation, ChallengeStatus status,
        Long ownerOrganizationId, String ownerOrganizationName, int version, Instant submittedAt,
        Instant publishedAt, Instant closedAt, String reviewComments, String cancelReason,
                Rubric rubric) implements Serializable {

    static ChallengeView of(Challenge c, boolean showConfidential, boolean showReview) {
        return new ChallengeView(c.getId(), c.getTitle(), c.getSummary(), c.getBackground(), c.getProblem(),
                c.getIndicators(), c.getField(), c.getIndustry(), c.getRegion(), c.getKeywords(), c.getBudget(),
                c.getDeadline(), c.getDurationMonths(), c.getIpTerms(),
                showConfidential ? c.getConfidentialDetails() : null,
                !showConfidential && c.getConfidentialDetails() != null, c.getMaxAwards(), c.getEvaluation(),
                c.getStatus(), c.getOwner().getId(), c.getOwner().getName(), c.getContentVersion(), c.getSubmittedAt(),
                c.getPublishedAt(), c.getClosedAt(), showReview ? c.getReviewComments() : null, c.getCancelReason(),
                c.getRubric());
    }
}
