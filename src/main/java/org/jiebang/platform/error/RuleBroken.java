package org.jiebang.platform.error;

/** 422: the input is well-formed but breaks a business rule. */
public class RuleBroken extends DomainException {

    public RuleBroken(String code, String field, String message, Object... args) {
        super(code, field, message, args);
    }

    @Override
    public int status() {
        return 422;
    }
}
