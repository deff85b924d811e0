package org.jiebang.account;

/**
 * The unified social credit code (统一社会信用代码) of GB 32100-2015 (SPEC §2): 18 characters from
 * {@link #CHARSET}; the last is the check character of the first 17 under {@link #WEIGHTS}.
 */
public final class Uscc {

    /** The 31 characters a code is written in; a character's value is its index. */
    public static final String CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private static final int[] WEIGHTS = { 1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28 };

    private Uscc() {
    }

    /** Whether {@code code} is 18 characters of {@link #CHARSET} whose last is the check character. */
    public static boolean isValid(String code) {
        if (code == null || code.length() != 18 || code.chars().anyMatch(c -> CHARSET.indexOf(c) < 0)) {
            return false;
        }
        return code.charAt(17) == checkCharacterOf(code.substring(0, 17));
    }

    /** The check character of the first 17 characters of a code: index {@code (31 - sum mod 31) mod 31}. */
    public static char checkCharacterOf(String first17) {
        if (first17.length() != 17) {
            throw new IllegalArgumentException("17 characters expected, not " + first17.length());
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int value = CHARSET.indexOf(first17.charAt(i));
            if (value < 0) {
                throw new IllegalArgumentException("not a credit code character: " + first17.charAt(i));
            }
            sum += value * WEIGHTS[i];
        }
        return CHARSET.charAt((31 - sum % 31) % 31);
    }
}
