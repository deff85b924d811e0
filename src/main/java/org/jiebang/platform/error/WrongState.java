package org.jiebang.platform.error;

/** 409: the object is not in a state that allows this move. */
public class WrongState extends DomainException {

    public WrongState(String what, Object current, Object wanted) {
        super("WRONG_STATE", "status", what + " is " + current + " and cannot become " + wanted, what, current, wanted);
    }

    @Override
    public int status() {
        return 409;
    }
}
