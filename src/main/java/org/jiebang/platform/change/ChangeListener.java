package org.jiebang.platform.change;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreRemove;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

import javax.naming.InitialContext;
import javax.naming.NamingException;

import org.jiebang.platform.persistence.OneReading;

/**
 * The default entity listener of every entity ({@code META-INF/orm.xml}): a transaction that
 * writes a public entity tells the {@link ChangeLog} once it has committed (telling it before would
 * let a page be rendered from the old rows and kept as if new).
 * <p>
 * The synchronization that waits for the commit is registered when the transaction first touches
 * an entity (loads, persists or removes one), never while it is completing: updates are written
 * when the transaction flushes at its end, and a synchronization registered then may not run. The
 * writes themselves only mark the transaction as changed.
 */
public class ChangeListener {

    private static final String WATCH = ChangeListener.class.getName();
    private static volatile TransactionSynchronizationRegistry registry;
    private static volatile ChangeLog log;

    @PostLoad
    void loaded(Object entity) {
        if (isPublic(entity)) {
            watch();
        }
    }

    @PrePersist
    @PreRemove
    void writing(Object entity) {
        refuseInReading(entity);
        if (isPublic(entity)) {
            watch();
            written(entity);
        }
    }

    @PostPersist
    @PostUpdate
    @PostRemove
    void written(Object entity) {
        if (!isPublic(entity)) {
            return;
        }
        TransactionSynchronizationRegistry transactions = registry();
        if (transactions == null || transactions.getTransactionKey() == null) {
            changeLog().committed();
        } else if (transactions.getResource(WATCH) instanceof Watch watch) {
            watch.changed = true;
        } else {
            // written without having been read in this transaction: say so now and once more later
            changeLog().committed();
            changeLog().committedSoon();
        }
    }

    /** A write inside a {@link OneReading} would be rolled back unseen: it is a mistake, said at once. */
    private static void refuseInReading(Object entity) {
        TransactionSynchronizationRegistry transactions = registry();
        if (transactions != null && transactions.getTransactionKey() != null
                && transactions.getResource(OneReading.MARK) != null) {
            throw new IllegalStateException(entity.getClass().getSimpleName() + " written inside a @OneReading");
        }
    }

    private static boolean isPublic(Object entity) {
        return !entity.getClass().isAnnotationPresent(PrivateRecord.class);
    }

    private static void watch() {
        TransactionSynchronizationRegistry transactions = registry();
        if (transactions == null || transactions.getTransactionKey() == null
                || transactions.getResource(WATCH) != null) {
            return;
        }
        Watch watch = new Watch();
        try {
            transactions.registerInterposedSynchronization(watch);
            transactions.putResource(WATCH, watch);
        } catch (IllegalStateException completing) {
            // too late to wait for the commit: written() says so at once and once more later
        }
    }

    /** Waits for the end of one transaction; tells the change log if it committed a write. */
    private static final class Watch implements Synchronization {
        private volatile boolean changed;

        @Override
        public void beforeCompletion() {
            // nothing is visible to others yet
        }

        @Override
        public void afterCompletion(int status) {
            if (status == Status.STATUS_COMMITTED && changed) {
                changeLog().committed();
            }
        }
    }

    private static TransactionSynchronizationRegistry registry() {
        if (registry == null) {
            try {
                registry = (TransactionSynchronizationRegistry) new InitialContext()
                        .lookup("java:comp/TransactionSynchronizationRegistry");
            } catch (NamingException e) {
                return null;
            }
        }
        return registry;
    }

    /** The change log, or a stand-in that does nothing outside a container (JPA tests on their own). */
    private static ChangeLog changeLog() {
        if (log == null) {
            try {
                log = CDI.current().select(ChangeLog.class).get();
            } catch (IllegalStateException noContainer) {
                log = new ChangeLog();
            }
        }
        return log;
    }
}
