package org.jiebang.account;

import org.jiebang.platform.error.InvalidInput;

/** The password rule of {@link UserForm}, for passwords that arrive outside a form (a change, the admin's). */
public final class PasswordRules {

    private PasswordRules() {
    }

    /** The same rule as {@link UserForm}'s: length, and at least one ASCII letter and one digit. */
    public static boolean isAcceptable(String password) {
        return password != null && password.length() >= User.PASSWORD_MIN && password.length() <= User.PASSWORD_MAX
                && password.matches(User.PASSWORD_PATTERN);
    }

    /** @throws InvalidInput naming {@code field} */
    public static void check(String password, String field) {
        if (!isAcceptable(password)) {
            throw InvalidInput.rule(field, "password", "a password needs " + User.PASSWORD_MIN + " to "
                    + User.PASSWORD_MAX + " characters with at least one letter and one digit");
        }
    }
}
