package org.jiebang.platform.error;

/** Refusal answered with HTTP 404 (NOT_FOUND). */
public class NotFound extends DomainException {

    public NotFound() {
        super("NOT_FOUND", null, "The requested resource does not exist (or is not visible to you).");
    }

    public NotFound(String message) {
        super("NOT_FOUND", null, message);
    }

    @Override
    public int status() {
        return 404;
    }
}
