package org.jiebang.platform.region;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Administrative division codes: six digits within one of the 34 province-level divisions. */
class RegionsTest {

    @Test
    void codesWithinAProvinceAreValid() {
        assertTrue(Regions.isValid("330402"));
        assertTrue(Regions.isValid("110000"));
        assertTrue(Regions.isValid("820000"));
        assertEquals(34, Regions.provinces().size());
    }

    @Test
    void otherCodesAreNot() {
        assertFalse(Regions.isValid("990101"), "no province 99");
        assertFalse(Regions.isValid("100000"), "no province 10");
        assertFalse(Regions.isValid("33040"), "five digits");
        assertFalse(Regions.isValid("3304021"), "seven digits");
        assertFalse(Regions.isValid("33O402"), "a letter O");
        assertFalse(Regions.isValid(null));
    }

    @Test
    void aCodeIsShownWithItsProvince() {
        assertEquals("浙江省 330402", Regions.label("330402", false));
        assertEquals("Zhejiang 330402", Regions.label("330402", true));
        assertEquals("990101", Regions.label("990101", false), "an unknown code is shown as it is");
    }

    @Test
    void theConstraintLeavesRequirednessToNotBlank() {
        RegionCode.Validator validator = new RegionCode.Validator();
        assertTrue(validator.isValid(null, null));
        assertTrue(validator.isValid("", null));
        assertFalse(validator.isValid("000000", null));
    }

    @Test
    void theFieldReadsTheCodeAtTheEndOfALabel() {
        RegionConverter converter = new RegionConverter();
        assertEquals("330402", converter.getAsObject(null, null, "浙江省 330402"));
        assertEquals("330402", converter.getAsObject(null, null, " 330402 "));
        assertEquals("嘉兴", converter.getAsObject(null, null, "嘉兴"), "left for the rule to refuse");
        assertEquals(null, converter.getAsObject(null, null, "  "));
    }
}
