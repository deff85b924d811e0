package org.jiebang.platform.persistence;

import java.io.Serializable;

import javax.naming.InitialContext;
import javax.naming.NamingException;

import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.transaction.Status;
import jakarta.transaction.UserTransaction;

/**
 * Runs a {@link OneReading} method in a transaction of its own that is rolled back at its end.
 * Serializable, as the view-scoped page beans it serves must be; the transaction is looked up.
 */
@OneReading
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
public class OneReadingInterceptor implements Serializable {

    private static final long serialVersionUID = 1L;

    @AroundInvoke
    public Object read(InvocationContext call) throws Exception {
        UserTransaction transaction = transaction();
        if (transaction.getStatus() != Status.STATUS_NO_TRANSACTION) {
            return call.proceed();
        }
        transaction.begin();
        try {
            return call.proceed();
        } finally {
            if (transaction.getStatus() != Status.STATUS_NO_TRANSACTION) {
                transaction.rollback();
            }
        }
    }

    private static UserTransaction transaction() throws NamingException {
        return (UserTransaction) new InitialContext().lookup("java:comp/UserTransaction");
    }
}
