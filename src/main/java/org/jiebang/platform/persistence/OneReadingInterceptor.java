package org.jiebang.platform.persistence;

import java.io.Serializable;
import java.util.logging.Level;
import java.util.logging.Logger;

import javax.naming.InitialContext;
import javax.naming.NamingException;

import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
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
    private static final Logger LOG = Logger.getLogger(OneReadingInterceptor.class.getName());

    @AroundInvoke
    public Object read(InvocationContext call) throws Exception {
        UserTransaction transaction = transaction();
        if (transaction.getStatus() != Status.STATUS_NO_TRANSACTION) {
            return call.proceed();
        }
        transaction.begin();
        try {
            registry().putResource(OneReading.MARK, Boolean.TRUE);
            return call.proceed();
        } finally {
            try {
                if (transaction.getStatus() != Status.STATUS_NO_TRANSACTION) {
                    transaction.rollback();
                }
            } catch (Exception e) {
                // nothing was written; what the method answered or threw is what the caller gets
                LOG.log(Level.WARNING, "could not end a reading's transaction", e);
            }
        }
    }

    private static TransactionSynchronizationRegistry registry() throws NamingException {
        return (TransactionSynchronizationRegistry) new InitialContext().lookup("java:comp/TransactionSynchronizationRegistry");
    }

    private static UserTransaction transaction() throws NamingException {
        return (UserTransaction) new InitialContext().lookup("java:comp/UserTransaction");
    }
}
