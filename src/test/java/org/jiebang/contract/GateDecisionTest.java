package org.jiebang.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Set;

import org.jiebang.platform.error.Conflict;
import org.junit.jupiter.api.Test;

/** A horse race's gate: the firm and staff must choose the same teams; a different choice starts over. */
class GateDecisionTest {

    private static final Instant NOW = Instant.parse("2027-03-02T02:00:00Z");

    @Test
    void bothSidesAgreeOnTheSameTeams() {
        GateDecision d = new GateDecision(5);
        assertFalse(d.choose(GateDecision.Side.FIRM, Set.of(11L), "样品指标领先", 1, NOW));
        assertFalse(d.choose(GateDecision.Side.STAFF, Set.of(12L), null, 2, NOW), "a different choice waits for the firm again");
        assertEquals(Set.of(12L), d.getContinuing());
        assertEquals(null, d.getFirmAgreedAt());
        assertTrue(d.choose(GateDecision.Side.FIRM, Set.of(12L), null, 1, NOW.plusSeconds(1)));
        assertEquals(NOW.plusSeconds(1), d.getDecidedAt());
        assertEquals("GATE_DECIDED", assertThrows(Conflict.class,
                () -> d.choose(GateDecision.Side.STAFF, Set.of(11L), null, 2, NOW)).code());
    }
}
