package org.jiebang.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jiebang.challenge.Criterion;
import org.jiebang.challenge.Rubric;
import org.jiebang.review.Ranking.ExpertScores;
import org.jiebang.review.Ranking.Place;
import org.junit.jupiter.api.Test;

/** SPEC §5's aggregation, with worked examples. */
class RankingTest {

    static ExpertScores expert(long id, int technical, int team, int price, int schedule, int commercialization) {
        Map<Criterion, BigDecimal> scores = new EnumMap<>(Criterion.class);
        scores.put(Criterion.TECHNICAL, BigDecimal.valueOf(technical));
        scores.put(Criterion.TEAM, BigDecimal.valueOf(team));
        scores.put(Criterion.PRICE, BigDecimal.valueOf(price));
        scores.put(Criterion.SCHEDULE, BigDecimal.valueOf(schedule));
        scores.put(Criterion.COMMERCIALIZATION, BigDecimal.valueOf(commercialization));
        return new ExpertScores(id, scores);
    }

    /** an expert who gives every criterion the same score, so that the weighted score is that score */
    static ExpertScores flat(long id, int score) {
        return expert(id, score, score, score, score, score);
    }

    @Test
    void threeExpertsWeightedByTheDefaultRubricThenAveraged() {
        ExpertScores a = expert(1, 80, 70, 60, 90, 50); // 32 + 17.5 + 9 + 9 + 5 = 72.50
        ExpertScores b = expert(2, 90, 80, 70, 80, 60); // 36 + 20 + 10.5 + 8 + 6 = 80.50
        ExpertScores c = expert(3, 70, 60, 80, 70, 90); // 28 + 15 + 12 + 7 + 9 = 71.00
        assertEquals(new BigDecimal("72.50"), Ranking.weighted(Rubric.DEFAULT, a.scores()).setScale(2));
        Place place = Ranking.of(Rubric.DEFAULT, Map.of(7L, List.of(a, b, c))).get(0);
        assertEquals(new BigDecimal("74.67"), place.aggregate(), "224.00 / 3 = 74.666…, rounded half up once");
        assertEquals(1, place.rank());
        assertEquals(new BigDecimal("80.00"), place.criteria().get(Criterion.TECHNICAL), "the mean technical score");
        assertEquals(new BigDecimal("9.50"), place.spread().setScale(2), "80.50 − 71.00");
        assertFalse(place.divergent());
    }

    @Test
    void withFiveExpertsTheHighestAndLowestAreDropped() {
        List<ExpertScores> five = List.of(flat(1, 60), flat(2, 70), flat(3, 75), flat(4, 80), flat(5, 99));
        assertEquals(new BigDecimal("75.00"), Ranking.of(Rubric.DEFAULT, Map.of(1L, five)).get(0).aggregate(),
                "(70 + 75 + 80) / 3; untrimmed it would be 76.80");
        List<ExpertScores> four = List.of(flat(1, 60), flat(2, 70), flat(3, 75), flat(4, 99));
        assertEquals(new BigDecimal("76.00"), Ranking.of(Rubric.DEFAULT, Map.of(1L, four)).get(0).aggregate(),
                "four experts: all counted, 304 / 4");
    }

    @Test
    void equalAggregatesShareARankAndTheNextRankSkips() {
        Map<Long, List<ExpertScores>> bids = new LinkedHashMap<>();
        bids.put(11L, List.of(flat(1, 70), flat(2, 80)));
        bids.put(12L, List.of(flat(1, 91), flat(2, 59)));
        bids.put(13L, List.of(flat(1, 60), flat(2, 61)));
        bids.put(14L, List.of(flat(1, 95), flat(2, 95)));
        List<Place> places = Ranking.of(Rubric.DEFAULT, bids);
        assertEquals(List.of(14L, 11L, 12L, 13L), places.stream().map(Place::bidId).toList());
        assertEquals(List.of(1, 2, 2, 4), places.stream().map(Place::rank).toList(), "75.00 and 75.00 tie at 2");
        assertTrue(places.get(2).divergent(), "91 against 59: experts differ by more than 30 points");
        assertFalse(places.get(1).divergent(), "80 against 70");
        assertFalse(Ranking.of(Rubric.DEFAULT, Map.of(1L, List.of(flat(1, 90), flat(2, 60)))).get(0).divergent(),
                "exactly 30 points apart is not more than 30");
    }

    @Test
    void aCustomRubricWeighsTheCriteria() {
        Rubric technicalOnly = new Rubric(100, 0, 0, 0, 0).checked();
        assertEquals(new BigDecimal("80.00"), Ranking.of(technicalOnly, Map.of(1L, List.of(expert(1, 80, 0, 0, 0, 0))))
                .get(0).aggregate());
        org.jiebang.platform.error.RuleBroken wrong = assertThrows(org.jiebang.platform.error.RuleBroken.class,
                () -> new Rubric(40, 25, 15, 10, 5).checked());
        assertEquals("RUBRIC_SUM", wrong.code());
        assertTrue(wrong.getMessage().contains("add up to 100"), wrong.getMessage());
    }

    @Test
    void twoEnvelopePriceScoresAreComputedFromTheLowestValidPrice() {
        Map<Long, BigDecimal> prices = new LinkedHashMap<>();
        prices.put(1L, new BigDecimal("800000.00"));
        prices.put(2L, new BigDecimal("1000000.00"));
        prices.put(3L, new BigDecimal("1200000.00"));
        Map<Long, BigDecimal> scores = Ranking.priceScores(prices);
        assertEquals(new BigDecimal("100.00"), scores.get(1L), "the lowest price scores 100");
        assertEquals(new BigDecimal("80.00"), scores.get(2L), "100 × 800000 / 1000000");
        assertEquals(new BigDecimal("66.67"), scores.get(3L), "100 × 800000 / 1200000 = 66.666…");
    }

    @Test
    void aComputedPriceScoreEntersTheWeightedScoreExactly() {
        Map<Criterion, BigDecimal> scores = new EnumMap<>(expert(1, 90, 80, 0, 70, 60).scores());
        scores.put(Criterion.PRICE, new BigDecimal("66.67"));
        // 36 + 20 + 15 × 66.67 / 100 (= 10.0005) + 7 + 6
        assertEquals(new BigDecimal("79.0005"), Ranking.weighted(Rubric.DEFAULT, scores));
        assertEquals(new BigDecimal("79.00"), Ranking.aggregate(List.of(Ranking.weighted(Rubric.DEFAULT, scores))));
    }
}
