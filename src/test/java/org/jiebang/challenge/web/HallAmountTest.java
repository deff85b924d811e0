package org.jiebang.challenge.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

/** The hall's bounty bounds as people type them; one that is not an amount leaves the others alone. */
class HallAmountTest {

    @Test
    void amountsAreReadAsPeopleTypeThem() {
        assertEquals(0, new BigDecimal("500000").compareTo(HallBacking.amount("500000")));
        assertEquals(0, new BigDecimal("500000").compareTo(HallBacking.amount("500,000")));
        assertEquals(0, new BigDecimal("500000").compareTo(HallBacking.amount("¥500000.00")));
        assertEquals(0, new BigDecimal("500000").compareTo(HallBacking.amount("50万")));
        assertEquals(0, new BigDecimal("15000").compareTo(HallBacking.amount("1.5 万")));
        assertNull(HallBacking.amount("abc"));
        assertNull(HallBacking.amount("-5"));
        assertNull(HallBacking.amount(""));
    }

    @Test
    void aBoundThatIsNotAnAmountIsReportedAndLeftOutWhileTheOtherFiltersStay() {
        HallBacking hall = new HallBacking();
        hall.setMinText("五十万");
        hall.setMaxText("2000000");
        hall.setField("ENERGY_STORAGE");
        assertTrue(hall.isMinInvalid());
        assertNull(hall.getMin());
        assertFalse(hall.isMaxInvalid());
        assertEquals(0, new BigDecimal("2000000").compareTo(hall.getMax()));
        assertEquals("ENERGY_STORAGE", hall.getField());
        assertEquals("五十万", hall.getMinText(), "what was typed stays in the field");
        hall.setMinText("  ");
        assertFalse(hall.isMinInvalid());
        assertNull(hall.getMinText());
    }
}
