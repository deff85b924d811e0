package org.jiebang.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.jiebang.platform.error.InvalidInput;
import org.jiebang.platform.error.RuleBroken;
import org.jiebang.platform.error.WrongState;
import org.junit.jupiter.api.Test;

/** A milestone's states (SPEC §6): submit, reject with a reason, resubmit, accept; overdue; the final acceptance. */
class MilestoneTest {

    private static final Instant NOW = Instant.parse("2026-12-01T02:00:00Z");
    private static final String SHA = "c".repeat(64);

    static Contract signed() {
        Contract c = Contracts.aDraft(false);
        c.sign(Party.CLIENT, 1, 10, SHA, SHA, NOW);
        c.sign(Party.CONTRACTOR, 2, 20, SHA, SHA, NOW);
        return c;
    }

    @Test
    void nothingIsSubmittedBeforeBothHaveSigned() {
        Milestone m = Contracts.aDraft(false).getMilestones().get(0);
        assertThrows(WrongState.class, () -> m.submit("成果", List.of(), Set.of(), 2, NOW));
    }

    @Test
    void aSubmissionMeasuresEveryIndicatorTheMilestoneCoversAndNoOther() {
        Milestone last = signed().getMilestones().get(2);
        InvalidInput missing = assertThrows(InvalidInput.class, () -> last.submit("验收材料",
                List.of(new Measurement("能量密度", "321")), Set.of(), 2, NOW));
        assertTrue(missing.errors().stream().anyMatch(e -> e.field().equals("measurements") && e.message().contains("循环寿命")),
                missing.errors().toString());
        InvalidInput unknown = assertThrows(InvalidInput.class, () -> last.submit("验收材料", List.of(new Measurement("能量密度", "321"),
                new Measurement("循环寿命", "2600"), new Measurement("重量", "3")), Set.of(), 2, NOW));
        assertEquals("measurements[2].indicator", unknown.errors().get(0).field());
        InvalidInput noDeliverables = assertThrows(InvalidInput.class, () -> last.submit(" ", List.of(new Measurement("能量密度", "321"),
                new Measurement("循环寿命", "2600")), Set.of(), 2, NOW));
        assertEquals("deliverables", noDeliverables.field());
        assertEquals(MilestoneStatus.PLANNED, last.getStatus(), "nothing taken from a refused submission");
    }

    @Test
    void aRejectionNeedsAReasonAndTheMilestoneIsSubmittedAgain() {
        Milestone m = signed().getMilestones().get(0);
        m.submit("小试样品", List.of(), Set.of(7L), 2, NOW);
        assertEquals(MilestoneStatus.SUBMITTED, m.getStatus());
        assertThrows(WrongState.class, () -> m.submit("again", List.of(), Set.of(), 2, NOW), "not twice while waiting");
        assertEquals("REASON_REQUIRED", assertThrows(RuleBroken.class, () -> m.decide(false, "", 1, NOW)).code());
        m.decide(false, "检测报告缺少第三方盖章", 1, NOW);
        assertEquals(MilestoneStatus.REJECTED, m.getStatus());
        assertEquals("检测报告缺少第三方盖章", m.getDecisionComment());
        m.submit("小试样品与盖章报告", List.of(), Set.of(7L, 8L), 2, NOW.plusSeconds(60));
        assertEquals(MilestoneStatus.SUBMITTED, m.getStatus());
        m.decide(true, null, 1, NOW.plusSeconds(120));
        assertEquals(MilestoneStatus.ACCEPTED, m.getStatus());
        assertEquals(NOW.plusSeconds(120), m.getAcceptedAt());
        assertThrows(WrongState.class, () -> m.decide(true, null, 1, NOW), "accepted once");
    }

    @Test
    void aTerminatedContractsMilestonesAreNeitherDecidedNorOverdue() {
        Contract c = signed();
        Milestone m = c.getMilestones().get(0);
        m.submit("样品", List.of(), Set.of(), 2, NOW);
        c.agreeTermination(Party.CLIENT, 1, "协商终止", NOW);
        c.agreeTermination(Party.CONTRACTOR, 2, null, NOW);
        assertThrows(WrongState.class, () -> m.decide(true, null, 1, NOW));
        assertFalse(m.isOverdue(m.getDueDate().plusDays(30)), "nothing is overdue on an ended contract");
        assertFalse(Contracts.aDraft(false).getMilestones().get(0).isOverdue(LocalDate.of(2030, 1, 1)),
                "nor on an unsigned draft");
    }

    @Test
    void pastItsDueDateAndNotAcceptedAMilestoneIsOverdue() {
        Contract c = signed();
        Milestone first = c.getMilestones().get(0);
        LocalDate due = first.getDueDate();
        assertFalse(first.isOverdue(due), "due today is not overdue");
        assertTrue(first.isOverdue(due.plusDays(1)));
        first.submit("样品", List.of(), Set.of(), 2, NOW);
        assertTrue(first.isOverdue(due.plusDays(1)), "submitted but not accepted is still overdue");
        first.decide(true, null, 1, NOW);
        assertFalse(first.isOverdue(due.plusDays(1)), "accepted is never overdue");
        assertTrue(c.getMilestones().get(2).isFinal());
        assertFalse(first.isFinal());
    }
}
