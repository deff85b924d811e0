package org.jiebang.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UsccTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "91350100M000100Y43", // codes with correct check characters
            "91110000802100433B",
            "91330000142915807A" })
    void publishedCodesAreValid(String code) {
        assertTrue(Uscc.isValid(code), code);
    }

    @Test
    void checkCharacterFollowsGb32100Weights() {
        // sum of value × weight over "91350100M000100Y4": worked by hand, (31 - sum mod 31) mod 31 = 3
        assertEquals('3', Uscc.checkCharacterOf("91350100M000100Y4"));
    }

    @Test
    void aChangedCharacterIsRefused() {
        assertFalse(Uscc.isValid("91350100M000100Y44"));
        assertFalse(Uscc.isValid("91350100M000101Y43"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "91350100M000100Y4", "91350100M000100Y433", "91350100I000100Y43", "91350100m000100Y43" })
    void wrongLengthOrCharactersAreRefused(String code) {
        assertFalse(Uscc.isValid(code), code);
    }

    @Test
    void nullIsNotACode() {
        assertFalse(Uscc.isValid(null));
    }

    @Test
    void demoOrganizationsHaveValidCodes() {
        DemoAccounts.ORGANIZATIONS.forEach(o -> assertTrue(Uscc.isValid(DemoAccounts.uscc(o.usccBase())), o.name()));
        assertTrue(Uscc.isValid(DemoAccounts.uscc(DemoAccounts.PENDING.usccBase())));
    }
}
