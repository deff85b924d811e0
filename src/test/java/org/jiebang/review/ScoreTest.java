package org.jiebang.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.jiebang.challenge.Criterion;
import org.jiebang.platform.error.InvalidInput;
import org.jiebang.platform.error.WrongState;
import org.junit.jupiter.api.Test;

/** SPEC §5: an expert's scores of a bid, from the conflict declaration to the read-only submission. */
class ScoreTest {

    static final Instant NOW = Instant.parse("2026-11-25T02:00:00Z");

    static Map<Criterion, Score.Mark> all(int score) {
        Map<Criterion, Score.Mark> marks = new EnumMap<>(Criterion.class);
        for (Criterion c : Criterion.values()) {
            marks.put(c, new Score.Mark(score, "意见"));
        }
        return marks;
    }

    static Set<String> fields(InvalidInput e) {
        return e.errors().stream().map(InvalidInput.FieldError::field).collect(Collectors.toSet());
    }

    /** A score whose expert has declared no conflict. */
    static Score declared() {
        Score score = new Score(1L, 2L, 3L);
        score.declareNoConflict(NOW);
        return score;
    }

    @Test
    void nothingIsScoredBeforeTheExpertDeclaresNoConflictAndTheDeclarationIsRecorded() {
        Score score = new Score(1L, 2L, 3L);
        assertEquals("CONFLICT_UNDECLARED", assertThrows(org.jiebang.platform.error.RuleBroken.class,
                () -> score.save(all(80), true)).code());
        assertThrows(org.jiebang.platform.error.RuleBroken.class, () -> score.submit(true, NOW));
        score.declareNoConflict(NOW);
        assertEquals(NOW, score.getNoConflictAt());
        score.declareNoConflict(NOW.plusSeconds(5));
        assertEquals(NOW, score.getNoConflictAt(), "declared once, at the first time");
        assertThrows(WrongState.class, score::declareConflict, "no second thoughts once declared and scoring");
    }

    @Test
    void scoresLieBetweenZeroAndAHundredAndTheErrorNamesTheCriterion() {
        Score score = declared();
        Map<Criterion, Score.Mark> marks = all(80);
        marks.put(Criterion.TEAM, new Score.Mark(-1, "意见"));
        marks.put(Criterion.SCHEDULE, new Score.Mark(101, "意见"));
        InvalidInput wrong = assertThrows(InvalidInput.class, () -> score.save(marks, true));
        assertEquals(Set.of("criteria.team.score", "criteria.schedule.score"), fields(wrong));
        assertNull(score.mark(Criterion.TECHNICAL).score(), "nothing is saved when any mark is wrong");
        score.save(all(0), true);
        score.save(all(100), true);
        assertEquals(100, score.mark(Criterion.PRICE).score());
    }

    @Test
    void aDraftMayBePartialButSubmittingNeedsEveryScoreAndComment() {
        Score score = declared();
        score.save(Map.of(Criterion.TECHNICAL, new Score.Mark(80, null)), true);
        InvalidInput missing = assertThrows(InvalidInput.class, () -> score.submit(true, NOW));
        assertTrue(fields(missing).containsAll(Set.of("criteria.technical.comment", "criteria.team.score",
                "criteria.price.score", "criteria.commercialization.comment")), fields(missing)::toString);
        assertEquals(Score.Status.DRAFT, score.getStatus());
        score.save(all(75), true);
        score.submit(true, NOW);
        assertEquals(Score.Status.SUBMITTED, score.getStatus());
        assertEquals(NOW, score.getSubmittedAt());
        assertThrows(WrongState.class, () -> score.save(all(10), true), "read-only once submitted");
        assertThrows(WrongState.class, score::declareConflict);
    }

    @Test
    void inTwoEnvelopesThePriceIsNotScoredByExperts() {
        Score score = declared();
        Map<Criterion, Score.Mark> marks = all(70);
        marks.put(Criterion.PRICE, new Score.Mark(100, "高价"));
        score.save(marks, false);
        assertNull(score.mark(Criterion.PRICE).score(), "an expert's price score is not taken");
        score.submit(false, NOW);
        assertEquals(new java.math.BigDecimal("80.00"), score.scores(new java.math.BigDecimal("80.00")).get(Criterion.PRICE),
                "the computed price takes its place");
    }

    @Test
    void aDeclaredConflictIsFinal() {
        Score score = new Score(1L, 2L, 3L);
        score.declareConflict();
        assertEquals(Score.Status.CONFLICT, score.getStatus());
        assertThrows(WrongState.class, () -> score.save(all(50), true));
        assertThrows(WrongState.class, () -> score.submit(true, NOW));
    }
}
