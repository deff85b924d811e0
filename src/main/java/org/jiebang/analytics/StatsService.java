package org.jiebang.analytics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.jiebang.challenge.ChallengeStatus;
import org.jiebang.challenge.TechnologyField;
import org.jiebang.platform.error.InvalidInput;
import org.jiebang.platform.config.Clocks;

/**
 * The figures of the market (SPEC §9, §10 {@code summary}), counted directly in SQL over a
 * {@link Cohort} of published challenges: challenges by state, the bounty posted, the registered
 * technology transaction amount (registered contracts only), the award and failure (流榜) rates
 * among decided challenges, the median days from publication to the final award, the share of due
 * milestones accepted by their due date, and the funnel posted → bids → signed → registered amount
 * → completed; the same by month of publication, by field and by province; and the league table of
 * research organizations (一院一表).
 * <p>
 * Bids are sealed until the close: over everything ({@link Cohort#ALL}) the funnel counts every
 * bid ever submitted (SPEC §10), but a narrower cohort (which could single out one challenge)
 * counts only the bids of challenges whose bidding has closed.
 */
@ApplicationScoped
@Transactional(TxType.SUPPORTS)
public class StatsService {

    /** Challenges that reached the award, whatever came after. */
    static final Set<ChallengeStatus> AWARDED = EnumSet.of(ChallengeStatus.AWARDED, ChallengeStatus.IN_EXECUTION,
            ChallengeStatus.COMPLETED, ChallengeStatus.TERMINATED);

    private static final String AWARDED_IN = AWARDED.stream().map(s -> "'" + s.name() + "'")
            .collect(Collectors.joining(", ", "(", ")"));

    /** A UTC instant column as its Beijing date. */
    private static String beijingDate(String column) {
        return "CAST(TIMESTAMPADD(HOUR, 8, " + column + ") AS DATE)";
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /** The funnel 需求 → 方案 → 签约 → 成交额 → 验收. */
    public record Funnel(long posted, long bids, long signed, BigDecimal registeredAmount, long completed) {
    }

    /** SPEC §10 {@code summary}. */
    public record Summary(Map<String, Long> challengesByStatus, BigDecimal bountyPosted, BigDecimal registeredTransactionAmount,
            BigDecimal awardRate, BigDecimal medianDaysToAward, BigDecimal onTimeMilestoneRate, BigDecimal failedRate,
            Funnel funnel) {
    }

    /**
     * One row of a breakdown: a month ({@code 2026-11}), a field code or a province code, with its
     * challenges posted, bounty, awarded, failed and completed, and the registered amount of their
     * contracts.
     */
    public record Group(String key, long posted, BigDecimal bounty, long awarded, long failed, long completed,
            BigDecimal registeredAmount) {
    }

    /**
     * One research organization in the league table: bids submitted (on closed challenges), bids
     * awarded, contracts signed, completed (closed) and terminated after signing, the completion
     * rate among ended contracts, the on-time rate of its due milestones, confirmed outcomes.
     */
    public record League(long organizationId, String name, String region, long bids, long awards, long signed, long completed,
            long terminated, BigDecimal completionRate, BigDecimal onTimeRate, long outcomes) {
    }

    /** The dashboard of a cohort: the summary and its breakdowns. */
    public record Dashboard(Cohort cohort, Summary summary, List<Group> months, List<Group> fields, List<Group> provinces) {
    }

    public Summary summary() {
        return summary(Cohort.ALL);
    }

    public Summary summary(Cohort cohort) {
        Cohort.Sql w = cohort.where();
        Map<String, Long> byStatus = new LinkedHashMap<>();
        for (ChallengeStatus s : ChallengeStatus.PUBLIC) {
            byStatus.put(s.name(), 0L);
        }
        byStatus.put(ChallengeStatus.CANCELLED.name(), 0L); // cancelled after publication
        long posted = 0;
        BigDecimal bounty = BigDecimal.ZERO;
        for (Object[] r : rows("SELECT c.status, COUNT(*), SUM(c.budget) FROM challenge c WHERE " + w.text()
                + " GROUP BY c.status", w.params())) {
            long n = number(r[1]);
            byStatus.put((String) r[0], n);
            posted += n;
            bounty = bounty.add(decimal(r[2]));
        }
        long bids = number(single("SELECT COUNT(*) FROM bid b JOIN challenge c ON c.id = b.challenge_id WHERE " + w.text()
                + " AND b.submitted_at IS NOT NULL" + (cohort.isAll() ? "" : " AND c.closed_at IS NOT NULL"), w.params()));
        Object[] k = rows("SELECT SUM(CASE WHEN k.signed_at IS NOT NULL THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN k.registration_number IS NOT NULL THEN k.transaction_amount ELSE 0 END)"
                + " FROM contract k JOIN challenge c ON c.id = k.challenge_id WHERE " + w.text(), w.params()).get(0);
        long signed = number(k[0]);
        BigDecimal registered = money(decimal(k[1]));
        long completed = byStatus.getOrDefault(ChallengeStatus.COMPLETED.name(), 0L);
        long awarded = AWARDED.stream().mapToLong(s -> byStatus.getOrDefault(s.name(), 0L)).sum();
        long failed = byStatus.getOrDefault(ChallengeStatus.FAILED.name(), 0L);
        return new Summary(byStatus, money(bounty), registered, rate(awarded, awarded + failed), medianDaysToAward(w),
                onTimeMilestoneRate(w), rate(failed, awarded + failed), new Funnel(posted, bids, signed, registered, completed));
    }

    public Dashboard dashboard(Cohort cohort) {
        requireKnownField(cohort);
        Cohort.Sql w = cohort.where();
        String month = "YEAR(TIMESTAMPADD(HOUR, 8, c.published_at)) * 100 + MONTH(TIMESTAMPADD(HOUR, 8, c.published_at))";
        List<Group> months = groups(month, w).stream()
                .map(g -> new Group(g.key().substring(0, 4) + "-" + g.key().substring(4), g.posted(), g.bounty(), g.awarded(),
                        g.failed(), g.completed(), g.registeredAmount()))
                .sorted(Comparator.comparing(Group::key)).toList();
        List<Group> fields = groups("c.field_code", w).stream().sorted(Comparator.comparing(Group::posted).reversed()
                .thenComparing(Group::key)).toList();
        List<Group> provinces = groups("SUBSTRING(c.region, 1, 2)", w).stream()
                .map(g -> new Group(g.key() + "0000", g.posted(), g.bounty(), g.awarded(), g.failed(), g.completed(),
                        g.registeredAmount()))
                .sorted(Comparator.comparing(Group::posted).reversed().thenComparing(Group::key)).toList();
        return new Dashboard(cohort, summary(cohort), months, fields, provinces);
    }

    /** Challenges and registered amounts grouped by an SQL expression over challenge {@code c}. */
    private List<Group> groups(String key, Cohort.Sql w) {
        Map<String, BigDecimal> registered = new HashMap<>();
        for (Object[] r : rows("SELECT " + key + ", SUM(k.transaction_amount) FROM contract k JOIN challenge c"
                + " ON c.id = k.challenge_id WHERE " + w.text() + " AND k.registration_number IS NOT NULL GROUP BY " + key,
                w.params())) {
            registered.put(String.valueOf(r[0]), money(decimal(r[1])));
        }
        List<Group> out = new ArrayList<>();
        for (Object[] r : rows("SELECT " + key + ", COUNT(*), SUM(c.budget),"
                + " SUM(CASE WHEN c.status IN " + AWARDED_IN + " THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN c.status = 'FAILED' THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN c.status = 'COMPLETED' THEN 1 ELSE 0 END)"
                + " FROM challenge c WHERE " + w.text() + " GROUP BY " + key, w.params())) {
            String k = String.valueOf(r[0]);
            out.add(new Group(k, number(r[1]), money(decimal(r[2])), number(r[3]), number(r[4]), number(r[5]),
                    registered.getOrDefault(k, money(BigDecimal.ZERO))));
        }
        return out;
    }

    /**
     * The league table (一院一表) of the research organizations that led a bid in the cohort (on a
     * closed challenge) or hold a contract of it; most awards first, then most completed, then most
     * bids.
     */
    public List<League> league(Cohort cohort) {
        return league(cohort, null);
    }

    /** The league table, or the row of one organization ({@code only}). */
    public List<League> league(Cohort cohort, Long only) {
        requireKnownField(cohort);
        Cohort.Sql w = cohort.where();
        String lead = only == null ? "" : " AND b.lead_organization_id = " + only.longValue();
        String contractor = only == null ? "" : " AND k.contractor_organization_id = " + only.longValue();
        Map<Long, long[]> n = new HashMap<>(); // bids, awards, signed, completed, terminated, onTime, due, outcomes
        for (Object[] r : rows("SELECT b.lead_organization_id, COUNT(*), SUM(CASE WHEN b.status = 'AWARDED' THEN 1 ELSE 0 END)"
                + " FROM bid b JOIN challenge c ON c.id = b.challenge_id WHERE " + w.text()
                + " AND b.submitted_at IS NOT NULL AND c.closed_at IS NOT NULL" + lead + " GROUP BY b.lead_organization_id",
                w.params())) {
            long[] x = n.computeIfAbsent(number(r[0]), id -> new long[8]);
            x[0] = number(r[1]);
            x[1] = number(r[2]);
        }
        for (Object[] r : rows("SELECT k.contractor_organization_id, SUM(CASE WHEN k.signed_at IS NOT NULL THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN k.status = 'CLOSED' THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN k.status = 'TERMINATED' AND k.signed_at IS NOT NULL THEN 1 ELSE 0 END)"
                + " FROM contract k JOIN challenge c ON c.id = k.challenge_id WHERE " + w.text() + contractor
                + " GROUP BY k.contractor_organization_id", w.params())) {
            long[] x = n.computeIfAbsent(number(r[0]), id -> new long[8]);
            x[2] = number(r[1]);
            x[3] = number(r[2]);
            x[4] = number(r[3]);
        }
        for (Object[] r : rows("SELECT k.contractor_organization_id, " + onTimeColumns() + " FROM contract_milestone m"
                + " JOIN contract k ON k.id = m.contract_id JOIN challenge c ON c.id = k.challenge_id WHERE " + w.text()
                + " AND k.signed_at IS NOT NULL" + contractor + " GROUP BY k.contractor_organization_id", todayThen(w))) {
            long[] x = n.computeIfAbsent(number(r[0]), id -> new long[8]);
            x[5] = number(r[1]);
            x[6] = number(r[2]) + number(r[3]);
        }
        for (Object[] r : rows("SELECT k.contractor_organization_id, COUNT(*) FROM contract_outcome o"
                + " JOIN contract k ON k.id = o.contract_id JOIN challenge c ON c.id = k.challenge_id WHERE " + w.text()
                + " AND o.confirmed = TRUE" + contractor + " GROUP BY k.contractor_organization_id", w.params())) {
            n.computeIfAbsent(number(r[0]), id -> new long[8])[7] = number(r[1]);
        }
        if (n.isEmpty()) {
            return List.of();
        }
        Map<Long, String[]> orgs = new HashMap<>();
        Query names = em.createNativeQuery("SELECT o.id, o.name, o.region FROM organization o WHERE o.id IN ("
                + n.keySet().stream().map(String::valueOf).collect(Collectors.joining(", ")) + ")");
        for (Object row : names.getResultList()) {
            Object[] r = (Object[]) row;
            orgs.put(number(r[0]), new String[] { (String) r[1], (String) r[2] });
        }
        return n.entrySet().stream().map(e -> {
            long[] x = e.getValue();
            String[] org = orgs.getOrDefault(e.getKey(), new String[] { "#" + e.getKey(), null });
            return new League(e.getKey(), org[0], org[1], x[0], x[1], x[2], x[3], x[4], rate(x[3], x[3] + x[4]),
                    rate(x[5], x[6]), x[7]);
        }).sorted(Comparator.comparingLong(League::awards).reversed().thenComparing(Comparator.comparingLong(League::completed)
                .reversed()).thenComparing(Comparator.comparingLong(League::bids).reversed())
                .thenComparingLong(League::organizationId)).toList();
    }

    /** The technology fields' names in the locale, by code, in the code list's order. */
    public Map<String, String> fieldNames(java.util.Locale locale) {
        boolean en = "en".equals(locale.getLanguage());
        Map<String, String> names = new LinkedHashMap<>();
        em.createQuery("SELECT f FROM TechnologyField f ORDER BY f.position", TechnologyField.class).getResultList()
                .forEach(f -> names.put(f.getCode(), en ? f.getNameEn() : f.getNameZh()));
        return names;
    }

    private void requireKnownField(Cohort cohort) {
        if (cohort.field() != null && em.find(TechnologyField.class, cohort.field()) == null) {
            throw InvalidInput.rule("field", "fieldCode", "a field code from /api/v1/fields");
        }
    }

    /** Days from publication to the final award, the median over awarded challenges (1 decimal), or null. */
    private BigDecimal medianDaysToAward(Cohort.Sql w) {
        List<Long> seconds = new ArrayList<>();
        // microseconds, divided here: H2 and MariaDB round whole seconds differently
        for (Object s : list("SELECT TIMESTAMPDIFF(MICROSECOND, c.published_at, p.finalized_at) FROM award_proposal p"
                + " JOIN challenge c ON c.id = p.challenge_id WHERE " + w.text() + " AND p.status = 'FINAL'"
                + " ORDER BY 1", w.params())) {
            seconds.add(number(s) / 1_000_000);
        }
        if (seconds.isEmpty()) {
            return null;
        }
        int n = seconds.size();
        BigDecimal median = n % 2 == 1 ? BigDecimal.valueOf(seconds.get(n / 2))
                : BigDecimal.valueOf(seconds.get(n / 2 - 1) + seconds.get(n / 2)).divide(BigDecimal.valueOf(2));
        return median.divide(BigDecimal.valueOf(86400), 1, RoundingMode.HALF_UP);
    }

    /**
     * Milestones accepted on or before their due date (Beijing), as a share of the milestones that
     * are due: accepted ones, and those past due and not accepted on signed contracts (late
     * already); null when none is due yet.
     */
    private BigDecimal onTimeMilestoneRate(Cohort.Sql w) {
        Object[] r = rows("SELECT " + onTimeColumns() + " FROM contract_milestone m JOIN contract k ON k.id = m.contract_id"
                + " JOIN challenge c ON c.id = k.challenge_id WHERE " + w.text(), todayThen(w)).get(0);
        return rate(number(r[0]), number(r[1]) + number(r[2]));
    }

    /**
     * On time, accepted, and late open, over milestones {@code m} of contracts {@code k}; its
     * parameter, before the cohort's, is today's Beijing date ({@link #todayThen}).
     */
    private static String onTimeColumns() {
        return "SUM(CASE WHEN m.accepted_at IS NOT NULL AND " + beijingDate("m.accepted_at") + " <= m.due_date THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN m.accepted_at IS NOT NULL THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN m.accepted_at IS NULL AND m.due_date < ? AND k.status = 'SIGNED' THEN 1 ELSE 0 END)";
    }

    private List<Object> todayThen(Cohort.Sql w) {
        List<Object> params = new ArrayList<>();
        params.add(today());
        params.addAll(w.params());
        return params;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(Clocks.DISPLAY_ZONE));
    }

    private List<Object[]> rows(String sql, List<Object> params) {
        List<Object[]> out = new ArrayList<>();
        for (Object row : list(sql, params)) {
            out.add(row instanceof Object[] a ? a : new Object[] { row });
        }
        return out;
    }

    private Object single(String sql, List<Object> params) {
        List<?> r = list(sql, params);
        return r.isEmpty() ? null : r.get(0);
    }

    /** Runs SQL whose parameters are written {@code ?}, bound in the order they appear. */
    private List<?> list(String sql, List<Object> params) {
        StringBuilder numbered = new StringBuilder();
        int n = 0;
        for (char ch : sql.toCharArray()) {
            numbered.append(ch);
            if (ch == '?') {
                numbered.append(++n);
            }
        }
        if (n != params.size()) {
            throw new IllegalStateException(n + " parameters in the SQL, " + params.size() + " given");
        }
        Query q = em.createNativeQuery(numbered.toString());
        for (int i = 0; i < params.size(); i++) {
            q.setParameter(i + 1, params.get(i));
        }
        return q.getResultList();
    }

    private static long number(Object o) {
        return o == null ? 0 : ((Number) o).longValue();
    }

    private static BigDecimal decimal(Object o) {
        return o == null ? BigDecimal.ZERO : o instanceof BigDecimal b ? b : new BigDecimal(o.toString());
    }

    static BigDecimal rate(long part, long whole) {
        return whole == 0 ? null : BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_UP);
    }

    private static BigDecimal money(BigDecimal sum) {
        return (sum == null ? BigDecimal.ZERO : sum).setScale(2, RoundingMode.HALF_UP);
    }
}
