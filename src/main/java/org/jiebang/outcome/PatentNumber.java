package org.jiebang.outcome;

/**
 * A Chinese patent application number (SPEC §10): 12 digits, a dot and the check digit of the 12
 * digits weighted 2,3,4,5,6,7,8,9,2,3,4,5 modulo 11 (10 written {@code X}), optionally prefixed
 * {@code CN}: {@code 202310123456.7}, {@code CN202310123456.7}.
 */
public final class PatentNumber {

    private static final int[] WEIGHTS = { 2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5 };

    private PatentNumber() {
    }

    /** The check digit of 12 digits: {@code 0}–{@code 9} or {@code X}. */
    public static char checkDigit(String twelveDigits) {
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            sum += (twelveDigits.charAt(i) - '0') * WEIGHTS[i];
        }
        int check = sum % 11;
        return check == 10 ? 'X' : (char) ('0' + check);
    }

    /** Whether {@code number} has the form and its check digit is right. */
    public static boolean isValid(String number) {
        return normalized(number) != null;
    }

    /** The number in its stored form ({@code CN} dropped, {@code x} upper case), or null when invalid. */
    public static String normalized(String number) {
        if (number == null) {
            return null;
        }
        String n = number.strip().toUpperCase(java.util.Locale.ROOT);
        if (n.startsWith("CN")) {
            n = n.substring(2);
        }
        if (!n.matches("[0-9]{12}\\.[0-9X]")) {
            return null;
        }
        return checkDigit(n.substring(0, 12)) == n.charAt(13) ? n : null;
    }
}
