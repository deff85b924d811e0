package org.jiebang.platform.persistence;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;

import org.junit.jupiter.api.Test;

/** Which failures are a deadlock's victim, and so run again by {@link RetriedOnDeadlockInterceptor}. */
class RetriedOnDeadlockTest {

    @Test
    void aDeadlockDeepInTheCauseChainIsRecognized() {
        SQLException deadlock = new SQLException("Deadlock found when trying to get lock", "40001", 1213);
        assertTrue(RetriedOnDeadlockInterceptor.isDeadlock(new RuntimeException("flush", new IllegalStateException(deadlock))));
        assertTrue(RetriedOnDeadlockInterceptor.isDeadlock(new SQLException("deadlock", "HY000", 1213)), "MySQL's error code alone");
    }

    @Test
    void otherFailuresAreNotRunAgain() {
        assertFalse(RetriedOnDeadlockInterceptor.isDeadlock(new RuntimeException("no")));
        assertFalse(RetriedOnDeadlockInterceptor.isDeadlock(
                new RuntimeException(new SQLIntegrityConstraintViolationException("duplicate", "23000", 1062))),
                "a broken constraint is an answer, not bad luck");
        assertFalse(RetriedOnDeadlockInterceptor.isDeadlock(new SQLException("Lock wait timeout exceeded", "40001", 1205)),
                "a lock wait timeout is not waited out again");
    }
}
