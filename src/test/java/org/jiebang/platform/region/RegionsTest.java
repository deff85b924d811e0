package org.jiebang.platform.region;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

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
    void aCodeIsShownByTheNamesOfItsProvinceCityAndCounty() {
        assertEquals("浙江省嘉兴市南湖区", Regions.label("330402", false));
        assertEquals("Nanhu District, Jiaxing, Zhejiang", Regions.label("330402", true), "in English, in pinyin, smallest first");
        assertEquals("Jiaxing, Zhejiang", Regions.label("330400", true));
        assertEquals("Chaoyang District, Beijing", Regions.label("110105", true));
        assertEquals("Lu'an, Anhui", Regions.label("341500", true), "an apostrophe where a syllable would run into the next");
        assertEquals("Liangshan Autonomous Prefecture, Sichuan", Regions.label("513400", true), "its peoples left out of the name");
        assertEquals("Nanhu District, Jiaxing, Zhejiang 330402", Regions.choice("330402", true));
        assertEquals("浙江省嘉兴市", Regions.label("330400", false));
        assertEquals("浙江省", Regions.label("330000", false));
        assertEquals("Zhejiang", Regions.label("330000", true));
        assertEquals("北京市朝阳区", Regions.label("110105", false), "a municipality has no city level of its own");
        assertEquals("浙江省 330499", Regions.label("330499", false), "a county the list does not know keeps its code");
        assertEquals("990101", Regions.label("990101", false), "an unknown code is shown as it is");
        assertEquals("浙江省嘉兴市南湖区 330402", Regions.choice("330402", false), "a field offers the code with the name");
    }

    @Test
    void aCityOrCountyIsFoundByName() {
        List<String> jiaxing = Regions.named("嘉兴", 15);
        assertEquals("330400", jiaxing.get(0), "the city first");
        assertTrue(jiaxing.containsAll(List.of("330402", "330411", "330481")), "then its counties: " + jiaxing);
        assertEquals(List.of("330902"), Regions.named("定海", 15));
        assertTrue(Regions.named("Zhejiang", 15).contains("330000"));
        assertEquals(List.of(), Regions.named("火星", 15));
    }

    @Test
    void aCityOrCountyIsFoundByItsPinyinName() {
        List<String> jiaxing = Regions.named("jiaxing", 15);
        assertEquals("330400", jiaxing.get(0), "the city first, whatever the case: " + jiaxing);
        assertTrue(jiaxing.containsAll(List.of("330402", "330481")), "then its counties: " + jiaxing);
        assertEquals(jiaxing, Regions.named("JiaXing", 15));
        assertTrue(Regions.named("Dinghai", 15).contains("330902"));
        assertTrue(Regions.named("Nanhu District", 15).contains("330402"), "with the kind of division, spaces ignored");
        assertTrue(Regions.named("luan", 15).contains("341500"), "without the apostrophe of Lu'an");
        assertEquals(List.of(), Regions.named("Atlantis", 15));
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
        assertEquals("330402", converter.getAsObject(null, null, "浙江省嘉兴市南湖区 330402"));
        assertEquals("330402", converter.getAsObject(null, null, "浙江省 330402"));
        assertEquals("330402", converter.getAsObject(null, null, " 330402 "));
        assertEquals("嘉兴", converter.getAsObject(null, null, "嘉兴"), "left for the rule to refuse");
        assertEquals(null, converter.getAsObject(null, null, "  "));
    }
}
