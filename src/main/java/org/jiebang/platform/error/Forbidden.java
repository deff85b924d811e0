package org.jiebang.platform.error;

/** Refusal answered with HTTP 403 (FORBIDDEN). */
public class Forbidden extends DomainException {

    public Forbidden() {
        super("FORBIDDEN", null, "You are not allowed to do this.");
    }

    public Forbidden(String message) {
        super("FORBIDDEN", null, message);
    }

    @Override
    public int status() {
        return 403;
    }
}
