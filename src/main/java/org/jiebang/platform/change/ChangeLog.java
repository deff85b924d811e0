package org.jiebang.platform.change;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.logging.Level;
import java.util.logging.Logger;

import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jiebang.platform.clock.ClusterClock;
import org.jiebang.platform.persistence.Database;

/**
 * This node's generation of public data: a number that grows whenever something public may have
 * changed, here or on another node. A copy of public data (a rendered page) is good while the
 * generation it was made under is current.
 * <ul>
 * <li>A commit on this node ({@link ChangeListener}) bumps it at once and then appends one row to
 * {@code page_change} (one write covers every commit that came before it).</li>
 * <li>Every {@code jiebang.changes.poll-millis} (250) each node reads {@code MAX(seq)}; a new
 * value means another node committed something: {@link OtherNodesChanged} is fired, then the
 * generation bumped. A row is appended after its change committed, and sequence numbers are
 * handed out in time order, so a new maximum covers every change committed before it.</li>
 * </ul>
 * Both are done by one thread of its own, made at start-up: a commit only wakes it. (Handing work
 * to a managed executor from inside a request would copy the request's context into the task,
 * and with it the request's entity managers, which the task's end would then close.)
 */
@ApplicationScoped
public class ChangeLog {

    private static final Logger LOG = Logger.getLogger(ChangeLog.class.getName());
    private static final Duration KEEP = Duration.ofHours(1);

    /** looked up on first use: when this bean starts, the application's data source may not be bound yet */
    private DataSource dataSource;

    @Resource(lookup = "java:comp/DefaultManagedThreadFactory")
    ManagedThreadFactory threads;

    @Inject
    Event<OtherNodesChanged> otherNodes;

    @Inject
    ClusterClock clock;

    @Inject
    @ConfigProperty(name = "jiebang.changes.poll-millis", defaultValue = "250")
    long pollMillis;

    private final String node = UUID.randomUUID().toString();
    private final AtomicLong generation = new AtomicLong();
    private final AtomicBoolean writePending = new AtomicBoolean();
    /** the last MAX(seq) read; -1 before the first read, -2 after a failed one */
    private volatile long seenSeq = -1;
    private volatile boolean pollFailing;
    private volatile Instant pruned = Instant.EPOCH;
    private volatile boolean again;
    private volatile long againAt;
    private volatile boolean running = true;
    private Thread worker;

    void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
        worker = threads.newThread(this::work);
        worker.setName("jiebang-change-log");
        worker.setDaemon(true);
        worker.start();
    }

    @PreDestroy
    void stop() {
        running = false;
        if (worker != null) {
            LockSupport.unpark(worker);
        }
    }

    private void work() {
        while (running) {
            try {
                loop();
            } catch (Throwable e) {
                LOG.log(Level.SEVERE, "the change log's thread failed; starting it again", e);
                LockSupport.parkNanos(TimeUnit.SECONDS.toNanos(1));
            }
        }
    }

    private void loop() {
        long nextPoll = System.nanoTime();
        while (running) {
            if (writePending.get()) {
                append();
            }
            long now = System.nanoTime();
            if (again && now - againAt >= 0 && takeAgain(now)) {
                generation.incrementAndGet();
                append();
            }
            if (now - nextPoll >= 0) {
                poll();
                nextPoll = now + TimeUnit.MILLISECONDS.toNanos(pollMillis);
            }
            long wakeAt = again && againAt - nextPoll < 0 ? againAt : nextPoll;
            LockSupport.parkNanos(Math.max(1, wakeAt - System.nanoTime()));
        }
    }

    /** The current generation: equal numbers mean nothing public changed in between. */
    public long generation() {
        return generation.get();
    }

    /** Something public was committed on this node (by JPA, or by a bulk statement that says so). */
    public void committed() {
        generation.incrementAndGet();
        writePending.set(true);
        wake();
    }

    /** A change whose commit could not be waited for: say it again once it has surely committed. */
    public synchronized void committedSoon() {
        againAt = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(1000);
        again = true;
        wake();
    }

    private synchronized boolean takeAgain(long now) {
        if (again && now - againAt >= 0) {
            again = false;
            return true;
        }
        return false;
    }

    private void wake() {
        Thread w = worker;
        if (w != null) {
            LockSupport.unpark(w);
        }
    }

    /** Copies kept on this node (the search index) took in a change: pages made before are stale. */
    public void invalidate() {
        generation.incrementAndGet();
    }

    private void append() {
        writePending.set(false);
        try (Connection c = dataSource().getConnection();
                PreparedStatement insert = c.prepareStatement("INSERT INTO page_change (at, node) VALUES (?, ?)")) {
            insert.setTimestamp(1, Timestamp.from(Instant.now()));
            insert.setString(2, node);
            insert.executeUpdate();
        } catch (SQLException | RuntimeException e) {
            // tried again at the next poll: the other nodes must hear of it
            writePending.set(true);
            LOG.log(Level.WARNING, "could not log a change for the other nodes; will try again", e);
        }
    }

    private void poll() {
        try (Connection c = dataSource().getConnection();
                // with the database's clock, measured for the node's readings (ClusterClock)
                PreparedStatement max = c.prepareStatement("SELECT MAX(seq), " + ClusterClock.nowInMicros(mysql(c))
                        + " FROM page_change")) {
            Instant before = Instant.now();
            long seq;
            try (ResultSet r = max.executeQuery()) {
                r.next();
                seq = r.getLong(1);
                try {
                    clock.measured(ClusterClock.fromMicros(r.getLong(2)), before, Instant.now());
                } catch (RuntimeException e) {
                    // (at shutdown the clock may be gone first) readings then measure the clock themselves
                    LOG.log(Level.FINE, "could not keep the database's clock", e);
                }
            }
            pollFailing = false;
            if (seenSeq != -1 && seq != seenSeq) {
                otherNodes.fire(new OtherNodesChanged(seq));
                generation.incrementAndGet();
            }
            seenSeq = seq;
            prune(c);
        } catch (SQLException | RuntimeException e) {
            // the table appears with the migrations at start; a database that is away comes back.
            // Whatever the others committed meanwhile is unknown: drop everything once back.
            seenSeq = -2;
            if (!pollFailing) {
                LOG.log(Level.WARNING, "cannot read the change log; kept pages are dropped when it answers again", e);
            }
            pollFailing = true;
        }
    }

    private Boolean mysql;

    private boolean mysql(Connection c) throws SQLException {
        if (mysql == null) {
            mysql = !c.getMetaData().getDatabaseProductName().toUpperCase(java.util.Locale.ROOT).contains("H2");
        }
        return mysql;
    }

    private DataSource dataSource() throws SQLException {
        if (dataSource == null) {
            try {
                dataSource = (DataSource) new InitialContext().lookup(Database.JNDI_NAME);
            } catch (NamingException e) {
                throw new SQLException("the data source is not bound yet", e);
            }
        }
        return dataSource;
    }

    private void prune(Connection c) throws SQLException {
        Instant now = Instant.now();
        if (pruned.plus(Duration.ofMinutes(10)).isAfter(now)) {
            return;
        }
        pruned = now;
        try (PreparedStatement delete = c.prepareStatement("DELETE FROM page_change WHERE at < ?")) {
            delete.setTimestamp(1, Timestamp.from(now.minus(KEEP)));
            delete.executeUpdate();
        }
    }
}
