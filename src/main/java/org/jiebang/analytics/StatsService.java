package org.jiebang.analytics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.jiebang.challenge.ChallengeStatus;
import org.jiebang.platform.config.Clocks;
import org.jiebang.review.AwardProposal;

/**
 * The headline figures of the market (SPEC §9, §10 {@code summary}), counted directly: challenges
 * by state over everything published, the bounty posted, the registered technology transaction
 * amount (registered contracts only), the award and failure (流榜) rates among decided
 * challenges, the median days from publication to the final award, the share of accepted
 * milestones accepted by their due date, and the funnel posted → bids → signed → registered
 * amount → completed.
 */
@ApplicationScoped
@Transactional(TxType.SUPPORTS)
public class StatsService {

    /** Challenges that reached the award, whatever came after. */
    static final Set<ChallengeStatus> AWARDED = EnumSet.of(ChallengeStatus.AWARDED, ChallengeStatus.IN_EXECUTION,
            ChallengeStatus.COMPLETED, ChallengeStatus.TERMINATED);

    @PersistenceContext
    EntityManager em;

    /** The funnel 需求 → 方案 → 签约 → 成交额 → 验收. */
    public record Funnel(long posted, long bids, long signed, BigDecimal registeredAmount, long completed) {
    }

    /** SPEC §10 {@code summary}. */
    public record Summary(Map<String, Long> challengesByStatus, BigDecimal bountyPosted, BigDecimal registeredTransactionAmount,
            BigDecimal awardRate, BigDecimal medianDaysToAward, BigDecimal onTimeMilestoneRate, BigDecimal failedRate,
            Funnel funnel) {
    }

    public Summary summary() {
        Map<String, Long> byStatus = new LinkedHashMap<>();
        for (ChallengeStatus s : ChallengeStatus.PUBLIC) {
            byStatus.put(s.name(), 0L);
        }
        byStatus.put(ChallengeStatus.CANCELLED.name(), 0L); // cancelled after publication
        em.createQuery("SELECT c.status, COUNT(c) FROM Challenge c WHERE c.publishedAt IS NOT NULL GROUP BY c.status",
                Object[].class).getResultList().forEach(r -> byStatus.put(((ChallengeStatus) r[0]).name(), (Long) r[1]));
        long posted = em.createQuery("SELECT COUNT(c) FROM Challenge c WHERE c.publishedAt IS NOT NULL", Long.class)
                .getSingleResult();
        BigDecimal bounty = money(em.createQuery("SELECT SUM(c.budget) FROM Challenge c WHERE c.publishedAt IS NOT NULL",
                BigDecimal.class).getSingleResult());
        long bids = em.createQuery("SELECT COUNT(b) FROM Bid b WHERE b.submittedAt IS NOT NULL", Long.class).getSingleResult();
        long signed = em.createQuery("SELECT COUNT(k) FROM Contract k WHERE k.signedAt IS NOT NULL", Long.class).getSingleResult();
        BigDecimal registered = money(em.createQuery("SELECT SUM(k.transactionAmount) FROM Contract k"
                + " WHERE k.registrationNumber IS NOT NULL", BigDecimal.class).getSingleResult());
        long completed = byStatus.getOrDefault(ChallengeStatus.COMPLETED.name(), 0L);
        long awarded = AWARDED.stream().mapToLong(s -> byStatus.getOrDefault(s.name(), 0L)).sum();
        long failed = byStatus.getOrDefault(ChallengeStatus.FAILED.name(), 0L);
        return new Summary(byStatus, bounty, registered, rate(awarded, awarded + failed), medianDaysToAward(),
                onTimeMilestoneRate(), rate(failed, awarded + failed), new Funnel(posted, bids, signed, registered, completed));
    }

    /** Days from publication to the final award, the median over awarded challenges (1 decimal), or null. */
    BigDecimal medianDaysToAward() {
        List<Object[]> rows = em.createQuery("SELECT c.publishedAt, p.finalizedAt FROM Challenge c, AwardProposal p"
                + " WHERE p.challengeId = c.id AND p.status = :final AND c.publishedAt IS NOT NULL", Object[].class)
                .setParameter("final", AwardProposal.Status.FINAL).getResultList();
        List<Double> days = new ArrayList<>();
        for (Object[] r : rows) {
            days.add(Duration.between((Instant) r[0], (Instant) r[1]).toSeconds() / 86400.0);
        }
        if (days.isEmpty()) {
            return null;
        }
        days.sort(Double::compare);
        int n = days.size();
        double median = n % 2 == 1 ? days.get(n / 2) : (days.get(n / 2 - 1) + days.get(n / 2)) / 2;
        return BigDecimal.valueOf(median).setScale(1, RoundingMode.HALF_UP);
    }

    /**
     * Milestones accepted on or before their due date (Beijing), as a share of the milestones that
     * are due: accepted ones, and those past due and not accepted on signed contracts (late
     * already); null when none is due yet.
     */
    BigDecimal onTimeMilestoneRate() {
        List<Object[]> rows = em.createQuery("SELECT m.dueDate, m.acceptedAt FROM Milestone m WHERE m.acceptedAt IS NOT NULL",
                Object[].class).getResultList();
        long onTime = rows.stream().filter(r -> !LocalDate.ofInstant((Instant) r[1], Clocks.DISPLAY_ZONE)
                .isAfter((LocalDate) r[0])).count();
        LocalDate today = LocalDate.now(Clocks.DISPLAY_ZONE);
        long lateOpen = em.createQuery("SELECT COUNT(m) FROM Milestone m WHERE m.acceptedAt IS NULL AND m.dueDate < :today"
                + " AND m.contract.status = :signed", Long.class).setParameter("today", today)
                .setParameter("signed", org.jiebang.contract.ContractStatus.SIGNED).getSingleResult();
        return rate(onTime, rows.size() + lateOpen);
    }

    private static BigDecimal rate(long part, long whole) {
        return whole == 0 ? null : BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_UP);
    }

    private static BigDecimal money(BigDecimal sum) {
        return (sum == null ? BigDecimal.ZERO : sum).setScale(2, RoundingMode.HALF_UP);
    }
}
