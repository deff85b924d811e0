package org.jiebang.review;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.jiebang.challenge.Criterion;
import org.jiebang.challenge.Rubric;

/**
 * The aggregation of SPEC §5, exactly: each expert's weighted score is the sum over the criteria
 * of weight × score / 100; a bid's aggregate is the mean of its experts' weighted scores, with the
 * highest and the lowest dropped first when five or more experts scored it; bids rank by
 * aggregate, highest first. Decimal arithmetic throughout: a weighted score of whole scores is
 * exact to 2 places; the mean is rounded half up to 2 places once, at the end, and ranks compare
 * the rounded aggregates people see (equal aggregates share a rank: 1, 1, 3).
 */
public final class Ranking {

    /** Experts who differ by more than this many points on a bid are flagged. */
    public static final BigDecimal DIVERGENCE = new BigDecimal("30");
    /** With this many experts or more, the highest and the lowest weighted scores are dropped. */
    public static final int TRIM_FROM = 5;

    /** One expert's scores of one bid (the price possibly computed, two-envelope). */
    public record ExpertScores(long expertId, Map<Criterion, BigDecimal> scores) {
    }

    /** A bid's place: aggregate and rank, the mean per criterion, and the spread between experts. */
    public record Place(long bidId, BigDecimal aggregate, int rank, Map<Criterion, BigDecimal> criteria,
            List<BigDecimal> weightedScores, BigDecimal spread, boolean divergent) {
    }

    private Ranking() {
    }

    /** The weighted score of one expert: Σ weight × score / 100, exact. */
    public static BigDecimal weighted(Rubric rubric, Map<Criterion, BigDecimal> scores) {
        BigDecimal sum = BigDecimal.ZERO;
        for (Criterion c : Criterion.values()) {
            BigDecimal score = scores.get(c);
            if (score == null) {
                throw new IllegalArgumentException("no " + c.key() + " score");
            }
            sum = sum.add(score.multiply(BigDecimal.valueOf(rubric.weight(c))));
        }
        return sum.movePointLeft(2);
    }

    /** The aggregate of one bid's weighted scores (SPEC §5: trimmed with five or more). */
    public static BigDecimal aggregate(List<BigDecimal> weightedScores) {
        if (weightedScores.isEmpty()) {
            throw new IllegalArgumentException("no scores");
        }
        List<BigDecimal> counted = new ArrayList<>(weightedScores);
        counted.sort(Comparator.naturalOrder());
        if (counted.size() >= TRIM_FROM) {
            counted = counted.subList(1, counted.size() - 1);
        }
        BigDecimal sum = counted.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        return sum.divide(BigDecimal.valueOf(counted.size()), 2, RoundingMode.HALF_UP);
    }

    /** Ranks the bids by their experts' scores; a bid without scores is left out. */
    public static List<Place> of(Rubric rubric, Map<Long, List<ExpertScores>> scoresByBid) {
        List<Place> unranked = new ArrayList<>();
        scoresByBid.forEach((bidId, experts) -> {
            if (experts.isEmpty()) {
                return;
            }
            List<BigDecimal> weighted = experts.stream().map(e -> weighted(rubric, e.scores())).toList();
            Map<Criterion, BigDecimal> means = new EnumMap<>(Criterion.class);
            for (Criterion c : Criterion.values()) {
                BigDecimal sum = experts.stream().map(e -> e.scores().get(c)).reduce(BigDecimal.ZERO, BigDecimal::add);
                means.put(c, sum.divide(BigDecimal.valueOf(experts.size()), 2, RoundingMode.HALF_UP));
            }
            BigDecimal max = weighted.stream().max(Comparator.naturalOrder()).orElseThrow();
            BigDecimal min = weighted.stream().min(Comparator.naturalOrder()).orElseThrow();
            BigDecimal spread = max.subtract(min);
            unranked.add(new Place(bidId, aggregate(weighted), 0, means, weighted, spread,
                    spread.compareTo(DIVERGENCE) > 0));
        });
        unranked.sort(Comparator.comparing(Place::aggregate).reversed().thenComparing(Place::bidId));
        List<Place> ranked = new ArrayList<>();
        for (int i = 0; i < unranked.size(); i++) {
            Place p = unranked.get(i);
            int rank = i > 0 && p.aggregate().compareTo(unranked.get(i - 1).aggregate()) == 0 ? ranked.get(i - 1).rank() : i + 1;
            ranked.add(new Place(p.bidId(), p.aggregate(), rank, p.criteria(), p.weightedScores(), p.spread(), p.divergent()));
        }
        return ranked;
    }

    /**
     * The computed price criterion of two-envelope evaluation (SPEC §5): the lowest valid price
     * scores 100, every other 100 × lowest / price, rounded half up to 2 places.
     */
    public static Map<Long, BigDecimal> priceScores(Map<Long, BigDecimal> pricesByBid) {
        BigDecimal lowest = pricesByBid.values().stream().filter(p -> p != null && p.signum() > 0)
                .min(Comparator.naturalOrder()).orElse(null);
        Map<Long, BigDecimal> scores = new java.util.LinkedHashMap<>();
        pricesByBid.forEach((bid, price) -> scores.put(bid, lowest == null || price == null || price.signum() <= 0
                ? BigDecimal.ZERO.setScale(2)
                : BigDecimal.valueOf(100).multiply(lowest).divide(price, 2, RoundingMode.HALF_UP)));
        return scores;
    }
}
