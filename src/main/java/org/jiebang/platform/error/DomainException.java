package org.jiebang.platform.error;

import jakarta.ejb.ApplicationException;

/**
 * A refusal by a business rule. Each kind of refusal is a subclass; one mapper turns them into the
 * JSON error of SPEC §10 and one into a page message. Rolls the transaction back.
 * <p>
 * {@code code} is the stable error code of the JSON body and the key of the page message
 * ({@code error.CODE} in the bundles); {@code field} names the input at fault, if one is.
 */
@ApplicationException(rollback = true)
public abstract class DomainException extends RuntimeException {

    private final String code;
    private final String field;
    private final transient Object[] args;

    protected DomainException(String code, String field, String message, Object... args) {
        super(message);
        this.code = code;
        this.field = field;
        this.args = args;
    }

    /** The HTTP status of SPEC §10 for this refusal. */
    public abstract int status();

    public String code() {
        return code;
    }

    public String field() {
        return field;
    }

    /** Arguments of the page message {@code error.CODE}. */
    public Object[] args() {
        return args.clone();
    }
}
