package org.jiebang.platform.error;

/** 409: the request conflicts with what exists (a duplicate, a concurrent change). */
public class Conflict extends DomainException {

    public Conflict(String code, String field, String message, Object... args) {
        super(code, field, message, args);
    }

    @Override
    public int status() {
        return 409;
    }
}
