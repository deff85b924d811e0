package org.jiebang.platform.clock;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The one clock of the cluster (SPEC §3): the database's. Every deadline decision (a bid's
 * submission, withdrawal or change, an amendment, a cancellation, the close) asks it, so that two
 * nodes whose own clocks differ by minutes still refuse the same late bid. It costs one query per
 * decision, made inside the decision's transaction.
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

    /** The database's time now, to the microsecond. */
    @Transactional(TxType.SUPPORTS)
    public Instant now() {
        return now(em, databaseUrl.startsWith("jdbc:mysql:"));
    }

    /** The database's time through {@code em} (MySQL/MariaDB or H2): for this bean and the persistence tests. */
    public static Instant now(EntityManager em, boolean mysql) {
        Number micros = (Number) em.createNativeQuery(mysql ? MYSQL : H2).getSingleResult();
        long value = micros.longValue();
        return Instant.ofEpochSecond(Math.floorDiv(value, 1_000_000L), Math.floorMod(value, 1_000_000L) * 1_000L);
    }

    /** Microseconds since the epoch, in UTC whatever the session's time zone. */
    private static final String MYSQL = "SELECT TIMESTAMPDIFF(MICROSECOND, '1970-01-01 00:00:00', UTC_TIMESTAMP(6))";
    /** H2's EPOCH of a time with its zone counts from 1970-01-01T00:00Z whatever the session's zone */
    private static final String H2 = "SELECT CAST(EXTRACT(EPOCH FROM CURRENT_TIMESTAMP(6)) * 1000000 AS BIGINT)";
}
