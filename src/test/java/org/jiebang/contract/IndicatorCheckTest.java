package org.jiebang.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Whether a measured value meets a target the platform can read; otherwise the firm judges. */
class IndicatorCheckTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "≥ 300|320 Wh/kg|true", "≥ 300|300|true", "≥ 300|299.9|false", ">=300|301|true", "> 5|5|false",
            "≤ 0.5|0.45 %|true", "<= 5|6|false", "< 5|4.99|true", "不低于 2000|2,500 次|true", "不超过 3|3.5|false",
            "300 以上|350|true", "5 以下|6|false", "100–200|150|true", "100~200|250|false", "= 7|7.0|true"})
    void comparisonsAreDecided(String target, String measured, boolean met) {
        assertEquals(met, IndicatorCheck.met(target, measured), target + " vs " + measured);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = { "300|320", "通过国家强制认证|已通过", "≥ 300|未测" })
    void anythingElseIsForTheFirmToJudge(String target, String measured) {
        assertNull(IndicatorCheck.met(target, measured));
    }
}
