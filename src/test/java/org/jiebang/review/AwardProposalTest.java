package org.jiebang.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.jiebang.platform.error.Conflict;
import org.jiebang.platform.error.RuleBroken;
import org.jiebang.platform.error.WrongState;
import org.junit.jupiter.api.Test;

/** SPEC §5: the award proposal, its notice, objections and the final award. */
class AwardProposalTest {

    static final Instant NOW = Instant.parse("2026-11-25T02:00:00Z");
    static final Instant ENDS = NOW.plus(Duration.ofDays(5));

    static AwardProposal following(List<Long> bids) {
        return new AwardProposal(1L, bids, 2, true, null, "staff.li", NOW, ENDS);
    }

    @Test
    void upToMaxAwardsBidsAndAJustificationWhenDepartingFromTheRanking() {
        assertEquals("AWARD_COUNT", assertThrows(RuleBroken.class, () -> following(List.of())).code());
        assertEquals("AWARD_COUNT", assertThrows(RuleBroken.class, () -> following(List.of(1L, 2L, 3L))).code(),
                "maxAwards is 2");
        assertEquals(2, following(List.of(1L, 2L)).getBidIds().size(), "a horse race awards two");
        assertEquals("JUSTIFICATION_REQUIRED", assertThrows(RuleBroken.class,
                () -> new AwardProposal(1L, List.of(3L), 2, false, " ", "staff.li", NOW, ENDS)).code());
        AwardProposal departing = new AwardProposal(1L, List.of(3L), 2, false, "第一名报价不合理", "staff.li", NOW, ENDS);
        assertFalse(departing.isFollowsRanking());
        assertEquals("第一名报价不合理", departing.getJustification());
    }

    @Test
    void objectionsAreTakenDuringTheNoticeAndTheAwardIsFinalOnlyAfterItWithNoneOpen() {
        AwardProposal p = following(List.of(1L));
        assertTrue(p.isNoticeRunning(ENDS.minusNanos(1000)));
        assertFalse(p.isNoticeRunning(ENDS), "the notice ends at its end");
        assertEquals("NOTICE_RUNNING", assertThrows(Conflict.class, () -> p.makeFinal(ENDS.minusNanos(1000), 0)).code());
        assertEquals("OBJECTION_OPEN", assertThrows(Conflict.class, () -> p.makeFinal(ENDS, 1)).code());
        p.makeFinal(ENDS, 0);
        assertEquals(AwardProposal.Status.FINAL, p.getStatus());
        assertThrows(WrongState.class, () -> p.makeFinal(ENDS, 0), "once");
        assertThrows(WrongState.class, p::withdraw, "a final award is not withdrawn");
    }

    @Test
    void anObjectionNeedsAReasonAndIsResolvedOnceWithOne() {
        assertEquals("REASON_REQUIRED", assertThrows(RuleBroken.class, () -> new Objection(1L, 2L, 3L, 4L, " ", NOW)).code());
        Objection o = new Objection(1L, 2L, 3L, 4L, "报价有误", NOW);
        assertEquals("REASON_REQUIRED", assertThrows(RuleBroken.class, () -> o.resolve(false, null, "staff.li", NOW)).code());
        o.resolve(false, "报价无误", "staff.li", NOW);
        assertEquals(Objection.Status.DISMISSED, o.getStatus());
        assertThrows(WrongState.class, () -> o.resolve(true, "改判", "staff.li", NOW));
        Objection other = new Objection(1L, 2L, 3L, 5L, "另一异议", NOW);
        other.lapse(NOW);
        assertEquals(Objection.Status.MOOT, other.getStatus(), "an open objection lapses with a withdrawn notice");
    }
}
