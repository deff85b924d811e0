package org.jiebang.platform.error;

import jakarta.ejb.EJBException;

/** Finds the cause that matters inside the wrappers of EJB, JTA and JPA. */
public final class Causes {

    private Causes() {
    }

    /** The first cause of {@code type} in the chain of {@code thrown}, or null. */
    public static <T extends Throwable> T find(Throwable thrown, Class<T> type) {
        for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
            if (t instanceof EJBException ejb && type.isInstance(ejb.getCausedByException())) {
                return type.cast(ejb.getCausedByException());
            }
        }
        return null;
    }
}
