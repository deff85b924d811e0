package org.jiebang.outcome;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import org.jiebang.platform.error.Conflict;
import org.jiebang.platform.error.InvalidInput;
import org.jiebang.platform.error.RuleBroken;
import org.junit.jupiter.api.Test;

/** An outcome's rules (SPEC §8, §10): a patent's number and status, revenue's amount, no future date, one confirmation. */
class OutcomeTest {

    private static final LocalDate TODAY = LocalDate.of(2027, 6, 1);
    private static final LocalDate START = LocalDate.of(2026, 12, 1);

    private static OutcomeForm patent(String number) {
        return new OutcomeForm(OutcomeType.PATENT, "一种固态电解质界面修饰方法", LocalDate.of(2027, 5, 20), "受理通知书",
                number, PatentStatus.FILED, null);
    }

    @Test
    void aPatentNeedsAValidApplicationNumberNamedAsTheField() {
        InvalidInput wrong = assertThrows(InvalidInput.class, () -> new Outcome(1, 2, patent("202310123456.7"), 3, START, TODAY));
        assertEquals("applicationNumber", wrong.field());
        Outcome ok = new Outcome(1, 2, patent("CN202310123456.6"), 3, START, TODAY);
        assertEquals("202310123456.6", ok.getApplicationNumber());
        assertEquals(PatentStatus.FILED, ok.getPatentStatus());
        InvalidInput noStatus = assertThrows(InvalidInput.class, () -> new Outcome(1, 2, new OutcomeForm(OutcomeType.PATENT,
                "专利", TODAY, null, "202310123456.6", null, null), 3, START, TODAY));
        assertEquals("patentStatus", noStatus.field());
    }

    @Test
    void revenueNeedsAnAmountAndNothingIsRecordedAheadOfItsDate() {
        assertEquals("amount", assertThrows(InvalidInput.class, () -> new Outcome(1, 2, new OutcomeForm(OutcomeType.REVENUE,
                "首批订单", TODAY, null, null, null, null), 3, START, TODAY)).field());
        Outcome revenue = new Outcome(1, 2, new OutcomeForm(OutcomeType.REVENUE, "首批订单", TODAY, "发票 No.0012",
                "ignored", PatentStatus.GRANTED, new BigDecimal("1250000")), 3, START, TODAY);
        assertEquals(new BigDecimal("1250000.00"), revenue.getAmount());
        assertNull(revenue.getApplicationNumber(), "a patent's fields belong to patents only");
        InvalidInput future = assertThrows(InvalidInput.class, () -> new Outcome(1, 2, new OutcomeForm(OutcomeType.PAPER,
                "论文", TODAY.plusDays(1), null, null, null, null), 3, START, TODAY));
        assertEquals("date", future.field());
        assertEquals("date", assertThrows(InvalidInput.class, () -> new Outcome(1, 2, new OutcomeForm(OutcomeType.PAPER,
                "论文", START.minusDays(1), null, null, null, null), 3, START, TODAY)).field(), "not before the contract");
    }

    @Test
    void anOutcomeIsConfirmedOrDeclinedOnceAndDecliningNeedsAReason() {
        Outcome o = new Outcome(1, 2, patent("202310123456.6"), 3, START, TODAY);
        assertThrows(RuleBroken.class, () -> o.confirm(false, " ", 4, Instant.EPOCH));
        o.confirm(true, null, 4, Instant.EPOCH);
        assertTrue(o.getConfirmed());
        assertEquals("ALREADY_CONFIRMED", assertThrows(Conflict.class, () -> o.confirm(false, "no", 4, Instant.EPOCH)).code());
    }
}
