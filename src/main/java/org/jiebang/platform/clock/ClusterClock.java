package org.jiebang.platform.clock;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.annotation.Resource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jiebang.platform.persistence.OneReading;

/**
 * The one clock of the cluster (SPEC §3): the database's. Every deadline decision (a bid's
 * submission, withdrawal or change, an amendment, a cancellation, the close) asks it, so that two
 * nodes whose own clocks differ by minutes still refuse the same late bid. It costs one query per
 * transaction that decides, made inside it when it first asks; asked again in the same
 * transaction, it answers that time moved on by the node's monotonic clock since (a clock step on
 * the node cannot move it).
 * <p>
 * A reading (outside any transaction, or inside a page's read-only {@link OneReading}) decides
 * nothing that is kept: it gets the node's clock corrected by the database's, as measured at most
 * {@link #OFFSET_KEPT} ago, without a query. What a page shows as open or closed can be wrong by the
 * drift of a node's clock over those seconds; what a bid, a close or a payment decides never is.
 * <p>
 * Other times (audit entries, notifications, file uploads) keep the node's clock, which
 * {@code jiebang.clock.offset-seconds} can shift for fault tests; this clock ignores that setting.
 */
@ApplicationScoped
public class ClusterClock {

    @PersistenceContext
    EntityManager em;

    @jakarta.inject.Inject
    @ConfigProperty(name = "jiebang.db.url")
    String databaseUrl;

    /** How long a measured difference between the node's clock and the database's serves readings. */
    static final Duration OFFSET_KEPT = Duration.ofSeconds(5);

    @Resource
    TransactionSynchronizationRegistry transactions;

    /** The database's clock minus the node's, and when (by the node's clock) it was measured. */
    private record Offset(Duration difference, Instant measuredAt) {
    }

    private final AtomicReference<Offset> offset = new AtomicReference<>();

    /** The database's time as a transaction first asked it, and the node's monotonic clock just before. */
    private record Asked(Instant database, long nanos) {
    }

    private static final String ASKED = ClusterClock.class.getName() + ".asked";

    /**
     * The database's time now, to the microsecond; in a reading, the node's time corrected by the
     * database's as measured at most {@link #OFFSET_KEPT} ago.
     */
    @Transactional(TxType.SUPPORTS)
    public Instant now() {
        boolean reading = transactions.getTransactionKey() == null || transactions.getResource(OneReading.MARK) != null;
        if (!reading) {
            // asked once per transaction; later in it, that reading moved on by the node's monotonic clock
            if (transactions.getResource(ASKED) instanceof Asked asked) {
                return asked.database().plusNanos(System.nanoTime() - asked.nanos())
                        .truncatedTo(java.time.temporal.ChronoUnit.MICROS); // the database's precision
            }
            long nanos = System.nanoTime();
            Instant database = now(em, databaseUrl.startsWith("jdbc:mysql:"));
            transactions.putResource(ASKED, new Asked(database, nanos));
            return database;
        }
        Instant local = Instant.now();
        Offset known = offset.get();
        if (known == null || known.measuredAt().isBefore(local.minus(OFFSET_KEPT)) || known.measuredAt().isAfter(local)) {
            Instant database = now(em, databaseUrl.startsWith("jdbc:mysql:"));
            measured(database, local, Instant.now());
            return database;
        }
        return local.plus(known.difference());
    }

    /**
     * The database's clock read at some instant between {@code before} and {@code after} by the
     * node's: the difference then serves readings for {@link #OFFSET_KEPT}. The change log's poll
     * reads it with every poll (every 250 ms), so that readings need no query of their own.
     */
    public void measured(Instant database, Instant before, Instant after) {
        // the database read its clock somewhere between the two: take the middle
        Instant middle = before.plus(Duration.between(before, after).dividedBy(2));
        offset.set(new Offset(Duration.between(middle, database), after));
    }

    /** The database's time through {@code em} (MySQL/MariaDB or H2): for this bean and the persistence tests. */
    public static Instant now(EntityManager em, boolean mysql) {
        return fromMicros(((Number) em.createNativeQuery("SELECT " + nowInMicros(mysql)).getSingleResult()).longValue());
    }

    /** An instant from microseconds since the epoch. */
    public static Instant fromMicros(long value) {
        return Instant.ofEpochSecond(Math.floorDiv(value, 1_000_000L), Math.floorMod(value, 1_000_000L) * 1_000L);
    }

    /**
     * The SQL expression of the database's time in microseconds since the epoch, in UTC whatever the
     * session's time zone (H2's EPOCH of a time with its zone counts from 1970-01-01T00:00Z).
     */
    public static String nowInMicros(boolean mysql) {
        return mysql ? "TIMESTAMPDIFF(MICROSECOND, '1970-01-01 00:00:00', UTC_TIMESTAMP(6))"
                : "CAST(EXTRACT(EPOCH FROM CURRENT_TIMESTAMP(6)) * 1000000 AS BIGINT)";
    }
}
