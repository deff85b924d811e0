package org.jiebang.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.jiebang.platform.error.Conflict;
import org.jiebang.platform.error.InvalidInput;
import org.jiebang.platform.error.RuleBroken;
import org.jiebang.platform.error.WrongState;
import org.junit.jupiter.api.Test;

/** The contract's rules (SPEC §6) as plain domain rules. */
class ContractTest {

    private static final Instant NOW = Instant.parse("2026-12-01T02:00:00Z");
    private static final String SHA = "a".repeat(64);

    private static ContractForm amount(String amount, List<ContractForm.MilestoneForm> plan) {
        return new ContractForm(null, amount == null ? null : new BigDecimal(amount), null, null, null, null, plan);
    }

    @Test
    void aDraftTakesTheWinningPriceTheBidsMilestonesAndTheChallengesIndicators() {
        Contract c = Contracts.aDraft(false);
        assertEquals(new BigDecimal("1000000.01"), c.getAmount());
        assertEquals(c.getAmount(), c.getTransactionAmount(), "the transaction amount defaults to the amount");
        assertEquals(ContractStatus.DRAFT, c.getStatus());
        assertEquals(List.of(new BigDecimal("300000.00"), new BigDecimal("300000.00"), new BigDecimal("400000.01")),
                c.getMilestones().stream().map(Milestone::getAmount).toList(), "shares of the price; the last takes the cents");
        assertEquals(c.getAmount(), c.getMilestones().stream().map(Milestone::getAmount).reduce(BigDecimal.ZERO, BigDecimal::add));
        assertEquals(List.of(LocalDate.of(2027, 3, 1), LocalDate.of(2027, 8, 1), LocalDate.of(2027, 12, 1)),
                c.getMilestones().stream().map(Milestone::getDueDate).toList(), "due at the end of each proposed month");
        assertEquals(LocalDate.of(2027, 12, 1), c.getEndDate());
        assertEquals(Set.of("能量密度", "循环寿命"), c.getMilestones().get(2).getIndicators(), "the final milestone measures all");
        assertEquals("知识产权归甲方所有", c.getIpClause(), "the IP clause from the challenge's IP terms");
        assertEquals("320", c.getIndicators().get(0).getPromised(), "the bid's promise beside the target");
        assertFalse(c.getMilestones().stream().anyMatch(Milestone::isGate), "no gate without a horse race");
        assertTrue(Contracts.aDraft(true).getMilestones().get(0).isGate(), "a horse race's first milestone is its gate");
    }

    @Test
    void bothPartiesSignTheTextTheyWereShownAndTheSecondSignatureMakesItSigned() {
        Contract c = Contracts.aDraft(false);
        Conflict changed = assertThrows(Conflict.class, () -> c.sign(Party.CLIENT, 1, 10, "b".repeat(64), SHA, NOW));
        assertEquals("CONTRACT_TEXT_CHANGED", changed.code());
        assertFalse(c.sign(Party.CLIENT, 1, 10, SHA, SHA, NOW));
        assertEquals("ALREADY_SIGNED", assertThrows(Conflict.class, () -> c.sign(Party.CLIENT, 2, 10, SHA, SHA, NOW)).code());
        assertTrue(c.sign(Party.CONTRACTOR, 3, 20, SHA.toUpperCase(), SHA, NOW.plusSeconds(5)));
        assertEquals(ContractStatus.SIGNED, c.getStatus());
        assertEquals(NOW.plusSeconds(5), c.getSignedAt());
        Signature client = c.signatureOf(Party.CLIENT);
        assertEquals(1L, client.getUserId());
        assertEquals(SHA, client.getSha256());
        assertThrows(WrongState.class, () -> c.edit(amount("1000000.01", null), NOW), "no change once both have signed");
    }

    @Test
    void anyChangeVoidsTheSignaturesGivenAndANoChangeSaveDoesNot() {
        Contract c = Contracts.aDraft(false);
        c.sign(Party.CLIENT, 1, 10, SHA, SHA, NOW);
        assertFalse(c.edit(amount("1000000.01", null), NOW), "the same terms again change nothing");
        assertTrue(c.signatureOf(Party.CLIENT).isValid());
        int version = c.getTextVersion();
        assertTrue(c.edit(new ContractForm(ContractType.SERVICE, null, null, null, null, null, null), NOW));
        assertNull(c.signatureOf(Party.CLIENT), "the client's signature is void");
        assertEquals(version + 1, c.getTextVersion());
        assertEquals(1, c.getSignatures().size(), "a void signature stays on record");
        assertEquals(NOW, c.getSignatures().get(0).getVoidedAt());
    }

    @Test
    void milestonePaymentsAddUpToTheAmountAndTheTransactionAmountStaysWithinIt() {
        Contract c = Contracts.aDraft(false);
        RuleBroken sum = assertThrows(RuleBroken.class, () -> c.edit(amount("1200000.00", null), NOW));
        assertEquals("MILESTONE_SUM", sum.code());
        assertEquals("milestones", sum.field());
        RuleBroken above = assertThrows(RuleBroken.class, () -> c.edit(new ContractForm(null, null,
                new BigDecimal("1000000.02"), null, null, null, null), NOW));
        assertEquals("TRANSACTION_ABOVE_AMOUNT", above.code());
        List<ContractForm.MilestoneForm> plan = new ArrayList<>(c.getMilestones().stream().map(Contracts::row).toList());
        plan.set(2, new ContractForm.MilestoneForm("验收", null, LocalDate.of(2027, 12, 1), new BigDecimal("600000.01"), false,
                List.of("能量密度", "循环寿命")));
        plan.set(1, new ContractForm.MilestoneForm("中试", null, LocalDate.of(2027, 8, 1), new BigDecimal("100000.00"), false,
                List.of()));
        assertTrue(c.edit(amount(null, plan), NOW), "a new split that adds up is taken");
        assertEquals(new BigDecimal("600000.01"), c.getMilestones().get(2).getAmount());
        InvalidInput negative = assertThrows(InvalidInput.class, () -> c.edit(amount("-1", null), NOW));
        assertEquals("amount", negative.field());
    }

    @Test
    void everyIndicatorIsMeasuredSomewhereAndDueDatesLieWithinTheTermInOrder() {
        Contract c = Contracts.aDraft(false);
        List<ContractForm.MilestoneForm> plan = new ArrayList<>(c.getMilestones().stream().map(Contracts::row).toList());
        ContractForm.MilestoneForm last = plan.get(2);
        plan.set(2, new ContractForm.MilestoneForm(last.title(), null, last.dueDate(), last.amount(), false, List.of("能量密度")));
        RuleBroken uncovered = assertThrows(RuleBroken.class, () -> c.edit(amount(null, plan), NOW));
        assertEquals("INDICATOR_UNCOVERED", uncovered.code());
        plan.set(2, new ContractForm.MilestoneForm(last.title(), null, LocalDate.of(2028, 1, 1), last.amount(), false,
                List.of("能量密度", "循环寿命")));
        assertEquals("DUE_OUTSIDE_TERM", assertThrows(RuleBroken.class, () -> c.edit(amount(null, plan), NOW)).code());
        plan.set(2, new ContractForm.MilestoneForm(last.title(), null, LocalDate.of(2027, 2, 1), last.amount(), false,
                List.of("能量密度", "循环寿命")));
        assertEquals("MILESTONES_OUT_OF_ORDER", assertThrows(RuleBroken.class, () -> c.edit(amount(null, plan), NOW)).code());
        plan.set(2, new ContractForm.MilestoneForm(last.title(), null, last.dueDate(), last.amount(), false,
                List.of("能量密度", "未知指标")));
        assertEquals("milestones[2].indicators", assertThrows(InvalidInput.class, () -> c.edit(amount(null, plan), NOW)).field());
    }

    @Test
    void aHorseRaceHasExactlyOneGateBeforeTheFinalMilestone() {
        Contract c = Contracts.aDraft(true);
        List<ContractForm.MilestoneForm> plan = new ArrayList<>(c.getMilestones().stream().map(Contracts::row).toList());
        ContractForm.MilestoneForm first = plan.get(0);
        plan.set(0, new ContractForm.MilestoneForm(first.title(), null, first.dueDate(), first.amount(), false, List.of()));
        assertEquals("GATE_REQUIRED", assertThrows(RuleBroken.class, () -> c.edit(amount(null, plan), NOW)).code());
    }

    @Test
    void staffRegisterASignedContractOnce() {
        Contract c = Contracts.aDraft(false);
        assertThrows(WrongState.class, () -> c.register("2026330400000123", "staff.li", NOW), "not before both have signed");
        c.sign(Party.CLIENT, 1, 10, SHA, SHA, NOW);
        c.sign(Party.CONTRACTOR, 2, 20, SHA, SHA, NOW);
        assertEquals("registrationNumber", assertThrows(InvalidInput.class, () -> c.register("12", "staff.li", NOW)).field());
        c.register("2026330400000123", "staff.li", NOW);
        assertEquals("2026330400000123", c.getRegistrationNumber());
        assertEquals("ALREADY_REGISTERED", assertThrows(Conflict.class, () -> c.register("2026330400000124", "staff.li", NOW)).code());
        Contract ended = Contracts.aDraft(false);
        ended.sign(Party.CLIENT, 1, 10, SHA, SHA, NOW);
        ended.sign(Party.CONTRACTOR, 2, 20, SHA, SHA, NOW);
        ended.agreeTermination(Party.CLIENT, 1, "终止", NOW);
        ended.agreeTermination(Party.CONTRACTOR, 2, null, NOW);
        assertThrows(WrongState.class, () -> ended.register("2026330400000125", "staff.li", NOW), "a terminated contract is not registered");
    }

    @Test
    void terminationNeedsAReasonAndBothParties() {
        Contract c = Contracts.aDraft(false);
        assertEquals("REASON_REQUIRED", assertThrows(RuleBroken.class, () -> c.agreeTermination(Party.CLIENT, 1, " ", NOW)).code());
        assertFalse(c.agreeTermination(Party.CLIENT, 1, "技术路线不可行", NOW));
        assertEquals("ALREADY_AGREED", assertThrows(Conflict.class, () -> c.agreeTermination(Party.CLIENT, 1, "x", NOW)).code());
        assertEquals(ContractStatus.DRAFT, c.getStatus());
        assertTrue(c.agreeTermination(Party.CONTRACTOR, 2, null, NOW));
        assertEquals(ContractStatus.TERMINATED, c.getStatus());
        assertEquals("技术路线不可行", c.getTerminationReason());
        assertThrows(WrongState.class, () -> c.agreeTermination(Party.CLIENT, 1, "again", NOW));
    }

    @Test
    void paymentsGoToAcceptedMilestonesOnlyNeverAboveTheMilestoneNorTheContract() {
        Contract c = Contracts.aDraft(false);
        c.sign(Party.CLIENT, 1, 10, SHA, SHA, NOW);
        c.sign(Party.CONTRACTOR, 2, 20, SHA, SHA, NOW);
        Milestone first = c.getMilestones().get(0);
        Conflict notAccepted = assertThrows(Conflict.class, () -> Contract.checkPayment(first, new BigDecimal("1.00"),
                BigDecimal.ZERO, BigDecimal.ZERO));
        assertEquals("MILESTONE_NOT_ACCEPTED", notAccepted.code());
        first.submit("样品与检测报告", List.of(), Set.of(), 2, NOW);
        first.decide(true, null, 1, NOW);
        Contract.checkPayment(first, new BigDecimal("300000.00"), BigDecimal.ZERO, BigDecimal.ZERO);
        assertEquals("ABOVE_MILESTONE", assertThrows(RuleBroken.class, () -> Contract.checkPayment(first,
                new BigDecimal("100.01"), new BigDecimal("299900.00"), new BigDecimal("299900.00"))).code());
        assertEquals("ABOVE_CONTRACT", assertThrows(RuleBroken.class, () -> Contract.checkPayment(first,
                new BigDecimal("100.00"), BigDecimal.ZERO, new BigDecimal("999999.00"))).code());
        assertEquals("amount", assertThrows(InvalidInput.class, () -> Contract.checkPayment(first, new BigDecimal("0.001"),
                BigDecimal.ZERO, BigDecimal.ZERO)).field());
    }
}
