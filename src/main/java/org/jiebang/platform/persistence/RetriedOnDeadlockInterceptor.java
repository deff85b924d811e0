package org.jiebang.platform.persistence;

import java.io.Serializable;
import java.sql.SQLException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.logging.Logger;

import javax.naming.InitialContext;
import javax.naming.NamingException;

import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * Runs a {@link RetriedOnDeadlock} call again when the database rolled its transaction back as a
 * deadlock's victim (SQLSTATE 40001), at most three times in all, after a short random pause. It
 * stands outside the transaction interceptor (a lower priority), so each attempt is a transaction
 * of its own; inside a transaction already running it does nothing, the caller's transaction being
 * lost with the deadlock anyway.
 */
@RetriedOnDeadlock
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 50)
public class RetriedOnDeadlockInterceptor implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(RetriedOnDeadlockInterceptor.class.getName());
    static final int ATTEMPTS = 3;

    @AroundInvoke
    public Object retry(InvocationContext call) throws Exception {
        if (inTransaction()) {
            return call.proceed();
        }
        for (int attempt = 1;; attempt++) {
            try {
                return call.proceed();
            } catch (Exception e) {
                if (attempt >= ATTEMPTS || !isDeadlock(e)) {
                    throw e;
                }
                int next = attempt + 1;
                LOG.info(() -> call.getMethod().getDeclaringClass().getSimpleName() + "." + call.getMethod().getName()
                        + " was a deadlock's victim; attempt " + next + " of " + ATTEMPTS);
                Thread.sleep(ThreadLocalRandom.current().nextLong(10, 60));
            }
        }
    }

    /**
     * Whether anything in the cause chain is the database's deadlock: MySQL error 1213, or SQLSTATE
     * 40001 from another database. A lock wait timeout (1205, which Connector/J also reports as
     * 40001) is not: waiting the timeout out again would hold a request thread for minutes.
     */
    static boolean isDeadlock(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql
                    && (sql.getErrorCode() == 1213 || ("40001".equals(sql.getSQLState()) && sql.getErrorCode() != 1205))) {
                return true;
            }
        }
        return false;
    }

    /** Whether a transaction runs (asked of the registry: a transactional caller may not touch UserTransaction). */
    private static boolean inTransaction() throws NamingException {
        TransactionSynchronizationRegistry registry = (TransactionSynchronizationRegistry) new InitialContext()
                .lookup("java:comp/TransactionSynchronizationRegistry");
        return registry.getTransactionStatus() != Status.STATUS_NO_TRANSACTION;
    }
}
