package org.jiebang.outcome;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** SPEC §10: 12 digits, a dot, the check digit (weights 2,3,4,5,6,7,8,9,2,3,4,5 mod 11, 10 as X), optional CN. */
class PatentNumberTest {

    @Test
    void theCheckDigitIsTheWeightedSumModuloEleven() {
        // 2·2+0·3+2·4+3·5+1·6+0·7+1·8+2·9+3·2+4·3+5·4+6·5 = 127 = 11·11 + 6
        assertEquals('6', PatentNumber.checkDigit("202310123456"));
        // 2·2+0·3+1·4+9·5+1·6+0+0+0+0+0+6·4+3·5 = 98 = 8·11 + 10
        assertEquals('X', PatentNumber.checkDigit("201910000063"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "202310123456.6", "CN202310123456.6", "cn202310123456.6", " 201910000063.X ", "201910000063.x" })
    void wellFormedNumbersWithTheRightCheckDigitPass(String number) {
        assertTrue(PatentNumber.isValid(number), number);
    }

    @ParameterizedTest
    @ValueSource(strings = { "202310123456.7", "202310123456", "20231012345.6", "2023101234567.6", "202310123456-6",
            "CN 202310123456.6", "201910000063.0", "ZL202310123456.6", "" })
    void anythingElseFails(String number) {
        assertFalse(PatentNumber.isValid(number), number);
    }

    @Test
    void theStoredFormDropsThePrefix() {
        assertEquals("201910000063.X", PatentNumber.normalized("CN201910000063.x"));
        assertNull(PatentNumber.normalized(null));
    }
}
