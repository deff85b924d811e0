package org.jiebang.voucher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

import org.jiebang.platform.error.RuleBroken;
import org.junit.jupiter.api.Test;

/** A voucher's validity and accepted regions (通用通兑), and the signs of its ledger (SPEC §7). */
class VoucherTest {

    private static final Voucher JIAXING = new Voucher(1, new BigDecimal("50000"), "330400", LocalDate.of(2026, 1, 1),
            LocalDate.of(2026, 12, 31), Set.of("330000", "310000", "320500"), "staff.li");

    @Test
    void anExpiredOrNotYetValidVoucherIsRefusedNamingTheRule() {
        JIAXING.requireValidOn(LocalDate.of(2026, 12, 31));
        JIAXING.requireValidOn(LocalDate.of(2026, 1, 1));
        RuleBroken expired = assertThrows(RuleBroken.class, () -> JIAXING.requireValidOn(LocalDate.of(2027, 1, 1)));
        assertEquals("VOUCHER_EXPIRED", expired.code());
        assertEquals("2026-12-31", expired.args()[0]);
        assertEquals("VOUCHER_NOT_YET_VALID", assertThrows(RuleBroken.class,
                () -> JIAXING.requireValidOn(LocalDate.of(2025, 12, 31))).code());
    }

    @Test
    void providersAreAcceptedInTheRegionsOfTheCompact() {
        JIAXING.requireAccepted("330106"); // 杭州西湖区, within Zhejiang
        JIAXING.requireAccepted("310115"); // 上海浦东
        JIAXING.requireAccepted("320506"); // 苏州吴中区, within 苏州市
        RuleBroken nanjing = assertThrows(RuleBroken.class, () -> JIAXING.requireAccepted("320102"));
        assertEquals("REGION_NOT_ACCEPTED", nanjing.code());
        assertEquals("contractId", nanjing.field());
        assertThrows(RuleBroken.class, () -> JIAXING.requireAccepted("440305"));
    }

    @Test
    void theLedgerSignsFollowTheKindOfMovement() {
        assertEquals(new BigDecimal("100.00"), new LedgerEntry(1, LedgerEntry.Kind.ISSUE, new BigDecimal("100"), null, null, "s").getAmount());
        assertEquals(new BigDecimal("-30.00"), new LedgerEntry(1, LedgerEntry.Kind.HOLD, new BigDecimal("30"), 2L, null, "f").getAmount());
        assertEquals(new BigDecimal("30.00"), new LedgerEntry(1, LedgerEntry.Kind.RELEASE, new BigDecimal("-30"), 2L, null, "s").getAmount());
        assertEquals(new BigDecimal("-30.00"), new LedgerEntry(1, LedgerEntry.Kind.SETTLE, new BigDecimal("30"), 2L, null, "s").getAmount());
    }

    @Test
    void aRedemptionIsDecidedOnce() {
        Redemption r = new Redemption(1, 2, 3, new BigDecimal("10"), 4, java.time.Instant.EPOCH);
        r.settle(9, "staff.li", java.time.Instant.EPOCH);
        assertEquals(Redemption.Status.SETTLED, r.getStatus());
        assertEquals("ALREADY_DECIDED", assertThrows(org.jiebang.platform.error.Conflict.class,
                () -> r.refuse("no", "staff.wang", java.time.Instant.EPOCH)).code());
    }
}
