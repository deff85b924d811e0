package org.jiebang.analytics;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;

import org.jiebang.platform.change.ChangeLog;
import org.jiebang.platform.config.Clocks;
import org.jiebang.platform.persistence.NativeValues;
import org.jiebang.platform.persistence.UtcInstantConverter;

/**
 * What the statistics are counted from, kept in memory: for every published challenge its state,
 * dates, field, region and bounty, its bids (lead organization, state, submitted or not), the
 * final award's date, its contracts (contractor, signed, registered amount, state), their
 * milestones (due date, acceptance) and confirmed outcomes. At 100,000 challenges and a million
 * bids the dashboard's figures then take milliseconds instead of the seconds their SQL joins take.
 * <p>
 * The facts follow the database: every read first asks it, in one statement, for the latest
 * {@code updated_at} and id of challenges, bids, contracts, milestones and outcomes (each indexed),
 * and when either moved reloads the challenges touched since the last read — every change that
 * moves a figure writes one of those rows. Rows stamped by a node whose clock runs behind are caught by re-reading,
 * every {@value #RESCAN_SECONDS} s ({@link FactsRescan}, a timer: never in a reading), everything stamped in the
 * {@value #MARGIN_SECONDS} s up to the newest stamps seen. The one change the stamps can miss at once is a
 * transaction that commits after a later one was already read (its rows carry the earlier stamp and no new id):
 * the rescan finds it, so figures are then about {@value #RESCAN_SECONDS} s behind (one rescan more if a reading
 * re-read that challenge while the rescan ran). The first read loads everything.
 */
@ApplicationScoped
public class MarketFacts {

    static final long RESCAN_SECONDS = 30;
    static final long MARGIN_SECONDS = 300;
    private static final UtcInstantConverter UTC = new UtcInstantConverter();
    private static final int CHUNK = 1000;

    @Inject
    ChangeLog changeLog;

    @PersistenceContext
    EntityManager em;

    /**
     * One contract: contractor, when signed, the registered transaction amount (null unless
     * registered), state, its milestones' due dates and the (Beijing) days they were accepted.
     */
    record Contract(long contractor, Instant signedAt, BigDecimal registered, String status, LocalDate[] due,
            LocalDate[] accepted, int confirmedOutcomes) {

        /** The same facts (a record's own equals compares arrays by identity). */
        boolean sameAs(Contract other) {
            return contractor == other.contractor && java.util.Objects.equals(signedAt, other.signedAt)
                    && (registered == null ? other.registered == null
                            : other.registered != null && registered.compareTo(other.registered) == 0)
                    && status.equals(other.status)
                    && java.util.Arrays.equals(due, other.due) && java.util.Arrays.equals(accepted, other.accepted)
                    && confirmedOutcomes == other.confirmedOutcomes;
        }
    }

    /**
     * One published challenge with its bids (parallel arrays) and contracts, and what the figures
     * group and add by, worked out once: the Beijing month of publication ({@code 2026-11}), the
     * province ({@code 330000}), the bids submitted, the bounty and the registered amount in fen,
     * the seconds from publication to the final award (-1: none), the contracts signed, the
     * milestones accepted and those accepted by their due date, and the due dates of the milestones
     * not accepted on signed contracts (late once past).
     */
    record Challenge(long id, String status, Instant publishedAt, Instant closedAt, String field, String region,
            BigDecimal budget, Instant finalizedAt, long[] bidLeads, String[] bidStatus, boolean[] bidSubmitted,
            List<Contract> contracts, String month, String province, int submittedBids, long budgetFen, long registeredFen,
            long secondsToAward, int signed, int accepted, int acceptedOnTime, LocalDate[] openDue, int statusOrdinal) {

        /** The same facts as {@code other} (false for none); what is derived from them follows. */
        boolean sameAs(Challenge other) {
            if (other == null || id != other.id || !status.equals(other.status) || !publishedAt.equals(other.publishedAt)
                    || !java.util.Objects.equals(closedAt, other.closedAt) || !java.util.Objects.equals(field, other.field)
                    || !region.equals(other.region) || budget.compareTo(other.budget) != 0
                    || !java.util.Objects.equals(finalizedAt, other.finalizedAt) || !java.util.Arrays.equals(bidLeads, other.bidLeads)
                    || !java.util.Arrays.equals(bidStatus, other.bidStatus)
                    || !java.util.Arrays.equals(bidSubmitted, other.bidSubmitted) || contracts.size() != other.contracts.size()) {
                return false;
            }
            for (int i = 0; i < contracts.size(); i++) {
                if (!contracts.get(i).sameAs(other.contracts.get(i))) {
                    return false;
                }
            }
            return true;
        }

        static Challenge of(long id, String status, Instant publishedAt, Instant closedAt, String field, String region,
                BigDecimal budget, Instant finalizedAt, long[] bidLeads, String[] bidStatus, boolean[] bidSubmitted,
                List<Contract> contracts) {
            int submitted = 0;
            for (boolean b : bidSubmitted) {
                submitted += b ? 1 : 0;
            }
            long registered = 0;
            int signed = 0;
            int accepted = 0;
            int onTime = 0;
            List<LocalDate> open = new ArrayList<>();
            for (Contract k : contracts) {
                registered += k.registered() == null ? 0 : fen(k.registered());
                signed += k.signedAt() != null ? 1 : 0;
                for (int i = 0; i < k.due().length; i++) {
                    if (k.accepted()[i] != null) {
                        accepted++;
                        onTime += k.accepted()[i].isAfter(k.due()[i]) ? 0 : 1;
                    } else if ("SIGNED".equals(k.status())) {
                        open.add(k.due()[i]);
                    }
                }
            }
            return new Challenge(id, status, publishedAt, closedAt, field, region, budget, finalizedAt, bidLeads, bidStatus,
                    bidSubmitted, contracts, LocalDate.ofInstant(publishedAt, Clocks.DISPLAY_ZONE).toString().substring(0, 7)
                            .intern(), (region.substring(0, 2) + "0000").intern(), submitted, fen(budget), registered,
                    finalizedAt == null ? -1 : java.time.Duration.between(publishedAt, finalizedAt).toSeconds(), signed, accepted,
                    onTime, open.toArray(LocalDate[]::new), org.jiebang.challenge.ChallengeStatus.valueOf(status).ordinal());
        }
    }

    /** An amount of money in fen (1/100 yuan), exact. */
    static long fen(BigDecimal yuan) {
        return yuan.movePointRight(2).setScale(0, java.math.RoundingMode.HALF_UP).longValueExact();
    }

    private final Map<Long, Challenge> facts = new java.util.concurrent.ConcurrentHashMap<>();
    private volatile boolean loaded;
    /** Moves on whenever the facts change: what figures computed from them may be kept under. */
    private volatile long version;
    private volatile Object[] stamp;

    /**
     * The facts as the database holds them now. A challenge's facts are replaced whole, never
     * changed; {@link #version()} tells whether anything changed since.
     */
    @jakarta.transaction.Transactional(jakarta.transaction.Transactional.TxType.NOT_SUPPORTED) // what is committed only
    public Map<Long, Challenge> current() {
        Object[] now = stamp(); // outside the lock: readers of unchanged facts never wait for each other
        if (loaded && java.util.Arrays.equals(now, stamp)) {
            return facts;
        }
        lock.lock(); // the figures must follow what changed: wait for it
        try {
            refresh(now);
        } finally {
            lock.unlock();
        }
        return facts;
    }

    /**
     * Re-reads everything stamped in the last {@value #MARGIN_SECONDS} s before the newest stamps
     * seen (the safety net for late commits and clocks behind, see above), if anyone read the facts
     * yet. It reads without the lock, so that readings never wait for it, and takes the lock only to
     * put in what differs from what is kept: a challenge a reading replaced meanwhile keeps the
     * reading's facts (at worst a late commit waits for the next rescan).
     */
    @jakarta.transaction.Transactional(jakarta.transaction.Transactional.TxType.NOT_SUPPORTED)
    public void rescan() {
        if (!loaded) {
            return;
        }
        Object[] seen = stamp;
        Set<Long> touched = stampedBefore(seen);
        Map<Long, Challenge> kept = new HashMap<>();
        touched.forEach(id -> kept.put(id, facts.get(id)));
        Map<Long, Challenge> read = touched.isEmpty() ? Map.of() : load(touched);
        lock.lock();
        try {
            boolean changed = false;
            for (Map.Entry<Long, Challenge> e : read.entrySet()) {
                Challenge now = facts.get(e.getKey());
                if (now == kept.get(e.getKey()) && !e.getValue().sameAs(now)) {
                    facts.put(e.getKey(), e.getValue());
                    changed = true;
                }
            }
            if (changed) {
                version++;
                if (changeLog != null) {
                    // a late commit was among them: kept statistics pages are stale (no change log in JPA tests)
                    changeLog.invalidate();
                }
            }
        } finally {
            lock.unlock();
        }
    }

    private final java.util.concurrent.locks.ReentrantLock lock = new java.util.concurrent.locks.ReentrantLock();

    public long version() {
        return version;
    }

    private void refresh(Object[] now) {
        if (!loaded) {
            facts.putAll(load(null));
            stamp = now; // before loaded: a rescan starts from the stamp once the facts are loaded
            loaded = true;
            version++;
            return;
        }
        if (!java.util.Arrays.equals(now, stamp)) {
            // the tables whose newest row moved, a few seconds back from what was seen last
            Set<Long> touched = touchedSince(stamp, now);
            Map<Long, Challenge> read = touched.isEmpty() ? Map.of() : load(touched);
            boolean differs = read.entrySet().stream().anyMatch(e -> !e.getValue().sameAs(facts.get(e.getKey())));
            // put even when the same: a rescan that read before this must not put its older read over it
            facts.putAll(read); // a published challenge stays published: nothing leaves the facts
            if (differs) {
                version++;
            }
            stamp = now;
        }
    }

    /** The newest row of each table: its {@code updated_at} and its id (rows may be written with an older stamp). */
    private Object[] stamp() {
        Object[] r = (Object[]) em.createNativeQuery("SELECT " + TABLES.stream().map(t -> "(SELECT MAX(updated_at) FROM " + t
                + "), (SELECT MAX(id) FROM " + t + ")").collect(Collectors.joining(", "))).getSingleResult();
        Object[] out = new Object[r.length];
        for (int i = 0; i < r.length; i++) {
            out[i] = i % 2 == 0 ? NativeValues.instant(r[i]) : Long.valueOf(r[i] == null ? 0 : NativeValues.number(r[i]));
        }
        return out;
    }

    static final List<String> TABLES = List.of("challenge", "bid", "contract", "contract_milestone", "contract_outcome");

    /**
     * The challenges with a row in a table whose newest row moved since {@code seen}: stamped at most
     * a few seconds before the newest stamp of that table seen last, or written after the newest id
     * seen last.
     */
    private Set<Long> touchedSince(Object[] seen, Object[] now) {
        // two branches, each by its index (an OR of the two would scan the table)
        List<String> queries = List.of("SELECT c.id FROM challenge c WHERE c.updated_at >= ?1"
                        + " UNION SELECT c.id FROM challenge c WHERE c.id > ?2",
                "SELECT b.challenge_id FROM bid b WHERE b.updated_at >= ?1 UNION SELECT b.challenge_id FROM bid b WHERE b.id > ?2",
                "SELECT k.challenge_id FROM contract k WHERE k.updated_at >= ?1"
                        + " UNION SELECT k.challenge_id FROM contract k WHERE k.id > ?2",
                "SELECT k.challenge_id FROM contract_milestone m JOIN contract k ON k.id = m.contract_id WHERE m.updated_at >= ?1"
                        + " UNION SELECT k.challenge_id FROM contract_milestone m JOIN contract k ON k.id = m.contract_id"
                        + " WHERE m.id > ?2",
                "SELECT o.challenge_id FROM contract_outcome o WHERE o.updated_at >= ?1"
                        + " UNION SELECT o.challenge_id FROM contract_outcome o WHERE o.id > ?2");
        // the tables that moved, in one statement
        List<String> branches = new ArrayList<>();
        List<Object> parameters = new ArrayList<>();
        for (int t = 0; t < queries.size(); t++) {
            boolean moved = !java.util.Objects.equals(seen[2 * t], now[2 * t]) || !seen[2 * t + 1].equals(now[2 * t + 1]);
            if (!moved) {
                continue;
            }
            Instant newest = (Instant) seen[2 * t];
            parameters.add(UTC.convertToDatabaseColumn((newest == null ? Instant.EPOCH : newest).minusSeconds(5)));
            parameters.add(seen[2 * t + 1]);
            int since = parameters.size() - 1;
            branches.add(queries.get(t).replace("?1", "?" + since).replace("?2", "?" + (since + 1)));
        }
        return challengeIds(branches, parameters);
    }

    /**
     * The challenges with a row stamped in the {@value #MARGIN_SECONDS} s up to the newest stamp of
     * its table in {@code seen}: where late commits and rows of clocks behind land. What is newer,
     * the next reading takes in.
     */
    private Set<Long> stampedBefore(Object[] seen) {
        List<String> queries = List.of("SELECT c.id FROM challenge c WHERE c.updated_at BETWEEN ?1 AND ?2",
                "SELECT b.challenge_id FROM bid b WHERE b.updated_at BETWEEN ?1 AND ?2",
                "SELECT k.challenge_id FROM contract k WHERE k.updated_at BETWEEN ?1 AND ?2",
                "SELECT k.challenge_id FROM contract_milestone m JOIN contract k ON k.id = m.contract_id"
                        + " WHERE m.updated_at BETWEEN ?1 AND ?2",
                "SELECT o.challenge_id FROM contract_outcome o WHERE o.updated_at BETWEEN ?1 AND ?2");
        List<String> branches = new ArrayList<>();
        List<Object> parameters = new ArrayList<>();
        for (int t = 0; t < queries.size(); t++) {
            Instant newest = (Instant) seen[2 * t];
            if (newest == null) {
                continue; // nothing in that table yet
            }
            parameters.add(UTC.convertToDatabaseColumn(newest.minusSeconds(MARGIN_SECONDS)));
            parameters.add(UTC.convertToDatabaseColumn(newest));
            int since = parameters.size() - 1;
            branches.add(queries.get(t).replace("?1", "?" + since).replace("?2", "?" + (since + 1)));
        }
        return challengeIds(branches, parameters);
    }

    private Set<Long> challengeIds(List<String> branches, List<Object> parameters) {
        Set<Long> ids = new HashSet<>();
        if (branches.isEmpty()) {
            return ids;
        }
        Query q = em.createNativeQuery(String.join(" UNION ", branches));
        for (int i = 0; i < parameters.size(); i++) {
            q.setParameter(i + 1, parameters.get(i));
        }
        for (Object id : q.getResultList()) {
            ids.add(((Number) id).longValue());
        }
        return ids;
    }

    /** The facts of these challenges (all when null); unpublished ones are left out. */
    private Map<Long, Challenge> load(Set<Long> only) {
        if (only != null && only.size() > CHUNK) {
            Map<Long, Challenge> all = new HashMap<>();
            List<Long> ids = new ArrayList<>(only);
            for (int i = 0; i < ids.size(); i += CHUNK) {
                all.putAll(load(new HashSet<>(ids.subList(i, Math.min(ids.size(), i + CHUNK)))));
            }
            return all;
        }
        Function<String, String> in = column -> only == null ? "" : " AND " + column + " IN ("
                + only.stream().map(String::valueOf).collect(Collectors.joining(", ")) + ")";
        // one statement: kind, challenge, two numbers, three texts, two instants, an amount and a day
        List<Object[]> facts = rows(String.join(" UNION ALL ",
                "SELECT 'B' AS kind, b.challenge_id AS cid, b.lead_organization_id AS n1,"
                        + " CASE WHEN b.submitted_at IS NULL THEN 0 ELSE 1 END AS n2, b.status AS s1, NULL AS s2, NULL AS s3,"
                        + " NULL AS t1, NULL AS t2, NULL AS amount, NULL AS d FROM bid b WHERE 1 = 1" + in.apply("b.challenge_id"),
                "SELECT 'F', p.challenge_id, NULL, NULL, NULL, NULL, NULL, p.finalized_at, NULL, NULL, NULL"
                        + " FROM award_proposal p WHERE p.status = 'FINAL'" + in.apply("p.challenge_id"),
                "SELECT 'M', k.challenge_id, m.contract_id, NULL, NULL, NULL, NULL, m.accepted_at, NULL, NULL, m.due_date"
                        + " FROM contract_milestone m JOIN contract k ON k.id = m.contract_id WHERE 1 = 1" + in.apply("k.challenge_id"),
                "SELECT 'O', o.challenge_id, o.contract_id, COUNT(*), NULL, NULL, NULL, NULL, NULL, NULL, NULL"
                        + " FROM contract_outcome o WHERE o.confirmed = TRUE" + in.apply("o.challenge_id")
                        + " GROUP BY o.challenge_id, o.contract_id",
                "SELECT 'K', k.challenge_id, k.id, k.contractor_organization_id, k.status, NULL, NULL, k.signed_at, NULL,"
                        + " CASE WHEN k.registration_number IS NULL THEN NULL ELSE k.transaction_amount END, NULL"
                        + " FROM contract k WHERE 1 = 1" + in.apply("k.challenge_id"),
                "SELECT 'C', c.id, NULL, NULL, c.status, c.field_code, c.region, c.published_at, c.closed_at, c.budget, NULL"
                        + " FROM challenge c WHERE c.published_at IS NOT NULL" + in.apply("c.id")));
        Map<Long, List<Object[]>> bids = new HashMap<>();
        Map<Long, Instant> finalized = new HashMap<>();
        Map<Long, List<Object[]>> milestones = new HashMap<>();
        Map<Long, Long> outcomes = new HashMap<>();
        List<Object[]> contractRows = new ArrayList<>();
        List<Object[]> challengeRows = new ArrayList<>();
        for (Object[] f : facts) {
            switch ((String) f[0]) {
                case "B" -> bids.computeIfAbsent(NativeValues.number(f[1]), k -> new ArrayList<>()).add(new Object[] { f[1], f[2], f[4], f[3] });
                case "F" -> finalized.merge(NativeValues.number(f[1]), NativeValues.instant(f[7]), (a, b) -> a.isBefore(b) ? a : b);
                case "M" -> milestones.computeIfAbsent(NativeValues.number(f[2]), k -> new ArrayList<>()).add(new Object[] { f[2], f[10], f[7] });
                case "O" -> outcomes.put(NativeValues.number(f[2]), NativeValues.number(f[3]));
                case "K" -> contractRows.add(new Object[] { f[1], f[2], f[3], f[7], f[9], f[4] });
                case "C" -> challengeRows.add(new Object[] { f[1], f[4], f[7], f[8], f[5], f[6], f[9] });
                default -> throw new IllegalStateException("a fact of no known kind: " + f[0]);
            }
        }
        Map<Long, List<Contract>> contracts = new HashMap<>();
        for (Object[] r : contractRows) { // challenge, id, contractor, signed, registered amount, state
            long id = NativeValues.number(r[1]);
            List<Object[]> ms = milestones.getOrDefault(id, List.of());
            LocalDate[] due = new LocalDate[ms.size()];
            LocalDate[] accepted = new LocalDate[ms.size()];
            for (int i = 0; i < ms.size(); i++) {
                due[i] = NativeValues.date(ms.get(i)[1]);
                Instant at = NativeValues.instant(ms.get(i)[2]);
                accepted[i] = at == null ? null : LocalDate.ofInstant(at, Clocks.DISPLAY_ZONE);
            }
            contracts.computeIfAbsent(NativeValues.number(r[0]), k -> new ArrayList<>()).add(new Contract(NativeValues.number(r[2]),
                    NativeValues.instant(r[3]), NativeValues.decimal(r[4]), (String) r[5], due, accepted,
                    outcomes.getOrDefault(id, 0L).intValue()));
        }
        Map<Long, Challenge> out = new HashMap<>();
        for (Object[] r : challengeRows) { // id, state, published, closed, field, region, bounty
            long id = NativeValues.number(r[0]);
            List<Object[]> bs = bids.getOrDefault(id, List.of());
            long[] leads = new long[bs.size()];
            String[] status = new String[bs.size()];
            boolean[] submitted = new boolean[bs.size()];
            for (int i = 0; i < bs.size(); i++) {
                leads[i] = NativeValues.number(bs.get(i)[1]);
                status[i] = ((String) bs.get(i)[2]).intern();
                submitted[i] = NativeValues.number(bs.get(i)[3]) == 1;
            }
            out.put(id, Challenge.of(id, ((String) r[1]).intern(), NativeValues.instant(r[2]),
                    NativeValues.instant(r[3]), ((String) r[4]).intern(), ((String) r[5]).intern(), NativeValues.decimal(r[6]),
                    finalized.get(id), leads, status, submitted, contracts.getOrDefault(id, List.of())));
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql) {
        Query q = em.createNativeQuery(sql);
        List<Object[]> out = new ArrayList<>();
        for (Object row : q.getResultList()) {
            out.add((Object[]) row);
        }
        return out;
    }
}
