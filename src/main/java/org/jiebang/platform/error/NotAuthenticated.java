package org.jiebang.platform.error;

/** Refusal answered with HTTP 401 (NOT_AUTHENTICATED). */
public class NotAuthenticated extends DomainException {

    public NotAuthenticated() {
        super("NOT_AUTHENTICATED", null, "Log in first.");
    }

    public NotAuthenticated(String message) {
        super("NOT_AUTHENTICATED", null, message);
    }

    @Override
    public int status() {
        return 401;
    }
}
